import { welcomeInputSchema, type WelcomeInput } from '@shared/contract/contract';
import { fieldErrorsOf, type FieldErrors, type Validated } from '../../forms/field-errors';
import { validateProfile, type ProfileFormValues } from '../profile/profile-form';

export interface WelcomeFormValues {
  profile: ProfileFormValues;
  /** Session number -> the date input's text ('' when left empty). */
  sessionDates: Record<number, string>;
}

/** The key a session's date error is shown under. */
export const sessionDateKey = (number: number) => `sessionDate.${number}`;

/**
 * Checks the whole welcome with the contract's own schema; empty dates are simply left out.
 * Errors come back keyed by field: profile fields by name, dates by sessionDateKey.
 */
export function validateWelcome(values: WelcomeFormValues): Validated<WelcomeInput> {
  const profile = validateProfile(values.profile);
  const dated = Object.entries(values.sessionDates)
    .filter(([, date]) => date !== '')
    .map(([number, date]) => ({ number: Number(number), date }));
  const parsed = welcomeInputSchema.safeParse({
    profile: profile.ok
      ? profile.value
      : { name: '', organisation: '', mentorName: '', cohortYear: null },
    sessionDates: dated,
  });
  const errors: FieldErrors = profile.ok ? {} : { ...profile.errors };
  if (!parsed.success) {
    for (const [path, message] of Object.entries(fieldErrorsOf(parsed.error))) {
      const [group, index] = path.split('.');
      const entry = group === 'sessionDates' ? dated[Number(index)] : undefined;
      if (entry) errors[sessionDateKey(entry.number)] ??= message;
    }
  }
  if (!profile.ok || !parsed.success) return { ok: false, errors };
  return { ok: true, value: parsed.data };
}
