import { TextField } from '../../components/TextField';
import type { FieldErrors } from '../../forms/field-errors';
import { fieldBinder, type FieldSetter } from '../../forms/use-validated-form';
import { profileStrings } from './strings';
import type { ProfileFormValues } from './profile-form';

export interface ProfileFieldsetProps {
  values: ProfileFormValues;
  errors: FieldErrors;
  /** A setter for one field, as useValidatedForm gives it. */
  setField: FieldSetter<ProfileFormValues>;
}

/** Name, organisation, mentor and cohort year: the same inputs on the welcome and the profile page. */
export function ProfileFieldset({ values, errors, setField }: ProfileFieldsetProps) {
  const field = fieldBinder(values, errors, setField);
  return (
    <>
      <TextField label={profileStrings.name} {...field('name')} autoComplete="name" />
      <TextField
        label={profileStrings.organisation}
        {...field('organisation')}
        autoComplete="organization"
      />
      <TextField label={profileStrings.mentorName} {...field('mentorName')} />
      <TextField
        label={profileStrings.cohortYear}
        {...field('cohortYear')}
        inputMode="numeric"
        help={profileStrings.cohortYearHelp}
      />
    </>
  );
}
