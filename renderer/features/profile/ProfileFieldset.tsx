import { TextField } from '../../components/TextField';
import type { FieldErrors } from '../../forms/field-errors';
import { profileStrings } from './strings';
import type { ProfileFormValues } from './profile-form';

export interface ProfileFieldsetProps {
  values: ProfileFormValues;
  errors: FieldErrors;
  /** A setter for one field, as useValidatedForm gives it. */
  setField: (key: keyof ProfileFormValues) => (value: string) => void;
}

/** Name, organisation, mentor and cohort year: the same inputs on the welcome and the profile page. */
export function ProfileFieldset({ values, errors, setField }: ProfileFieldsetProps) {
  return (
    <>
      <TextField
        label={profileStrings.name}
        value={values.name}
        autoComplete="name"
        error={errors.name}
        onChange={setField('name')}
      />
      <TextField
        label={profileStrings.organisation}
        value={values.organisation}
        autoComplete="organization"
        error={errors.organisation}
        onChange={setField('organisation')}
      />
      <TextField
        label={profileStrings.mentorName}
        value={values.mentorName}
        error={errors.mentorName}
        onChange={setField('mentorName')}
      />
      <TextField
        label={profileStrings.cohortYear}
        value={values.cohortYear}
        inputMode="numeric"
        help={profileStrings.cohortYearHelp}
        error={errors.cohortYear}
        onChange={setField('cohortYear')}
      />
    </>
  );
}
