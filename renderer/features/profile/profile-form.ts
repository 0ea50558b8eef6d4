import { profileFieldsSchema, type Profile, type ProfileFields } from '@shared/domain/profile';
import { fieldErrorsOf, type FieldErrors, type Validated } from '../../forms/field-errors';
import { profileStrings } from './strings';

/** The profile as typed: every input holds text. */
export interface ProfileFormValues {
  name: string;
  organisation: string;
  mentorName: string;
  cohortYear: string;
}

export const EMPTY_PROFILE_VALUES: ProfileFormValues = {
  name: '',
  organisation: '',
  mentorName: '',
  cohortYear: '',
};

export function profileFormValuesOf(profile: Profile): ProfileFormValues {
  return {
    name: profile.name,
    organisation: profile.organisation,
    mentorName: profile.mentorName,
    cohortYear: profile.cohortYear === null ? '' : String(profile.cohortYear),
  };
}

/**
 * Checks the typed profile with the core's own schema. The year box holds text; anything but
 * digits gets the schema's "four digits" sentence rather than a type error about NaN.
 */
export function validateProfile(values: ProfileFormValues): Validated<ProfileFields> {
  const yearText = values.cohortYear.trim();
  const yearIsNumber = /^\d+$/.test(yearText);
  const parsed = profileFieldsSchema.safeParse({
    name: values.name,
    organisation: values.organisation,
    mentorName: values.mentorName,
    cohortYear: yearText === '' ? null : yearIsNumber ? Number(yearText) : 0,
  });
  const errors: FieldErrors = parsed.success ? {} : fieldErrorsOf(parsed.error);
  if (yearText !== '' && !yearIsNumber) errors.cohortYear = profileStrings.cohortYearFormat;
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: parsed.data };
}
