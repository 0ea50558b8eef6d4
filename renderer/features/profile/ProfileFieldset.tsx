import { TextField } from '../../components/TextField';
import type { FieldErrors } from '../../forms/field-errors';
import { strings } from '../../strings';
import type { ProfileFormValues } from './profile-form';

export interface ProfileFieldsetProps {
  values: ProfileFormValues;
  errors: FieldErrors;
  onChange: (values: ProfileFormValues) => void;
}

/** Name, organisation, mentor and cohort year: the same inputs on the welcome and the profile page. */
export function ProfileFieldset({ values, errors, onChange }: ProfileFieldsetProps) {
  const set = (key: keyof ProfileFormValues) => (value: string) =>
    onChange({ ...values, [key]: value });
  return (
    <>
      <TextField
        label={strings.profile.name}
        value={values.name}
        autoComplete="name"
        error={errors.name}
        onChange={set('name')}
      />
      <TextField
        label={strings.profile.organisation}
        value={values.organisation}
        autoComplete="organization"
        error={errors.organisation}
        onChange={set('organisation')}
      />
      <TextField
        label={strings.profile.mentorName}
        value={values.mentorName}
        error={errors.mentorName}
        onChange={set('mentorName')}
      />
      <TextField
        label={strings.profile.cohortYear}
        value={values.cohortYear}
        inputMode="numeric"
        help={strings.profile.cohortYearHelp}
        error={errors.cohortYear}
        onChange={set('cohortYear')}
      />
    </>
  );
}
