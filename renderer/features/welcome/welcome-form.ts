import { welcomeInputSchema, type WelcomeInput } from '@shared/contract/contract';
import { reviewerRoleOf, type Role } from '@shared/review/roles';
import { fieldErrorsOf, type FieldErrors, type Validated } from '../../forms/field-errors';
import { validateReviewer, type ReviewerFormValues } from '../identity/identity-form';
import { validateProfile, type ProfileFormValues } from '../profile/profile-form';
import type { WelcomeSteps } from './use-finish-welcome';

export interface WelcomeFormValues {
  profile: ProfileFormValues;
  /** Session number -> the date input's text ('' when left empty). */
  sessionDates: Record<number, string>;
  /** The reviewer's profile, asked of a mentor or an instructor. */
  reviewer: ReviewerFormValues;
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

/**
 * The welcome for `roles`: the candidate's details for a candidate, the reviewer's profile for
 * a mentor or an instructor, both for someone who is both. Only the parts asked are checked.
 */
export function validateWelcomeFor(
  values: WelcomeFormValues,
  roles: readonly Role[],
): Validated<WelcomeSteps> {
  const candidate = roles.includes('candidate')
    ? validateWelcome(values)
    : ({ ok: true, value: null } as const);
  const reviewer =
    reviewerRoleOf(roles) === null
      ? ({ ok: true, value: null } as const)
      : validateReviewer(values.reviewer);
  if (!candidate.ok || !reviewer.ok) {
    return {
      ok: false,
      errors: {
        ...(candidate.ok ? {} : candidate.errors),
        ...(reviewer.ok ? {} : reviewer.errors),
      },
    };
  }
  return {
    ok: true,
    value: {
      identity: reviewer.value ? { roles: [...roles], reviewer: reviewer.value } : null,
      welcome: candidate.value,
    },
  };
}
