import { identitySetInputSchema } from '@shared/contract/identity-channels';
import {
  reviewerProfileFieldsSchema,
  type ReviewerProfileFields,
  type Role,
} from '@shared/review/roles';
import { fieldErrorsOf, type FieldErrors, type Validated } from '../../forms/field-errors';
import { identityStrings } from './strings';

/** The key the roles' message is shown under. */
export const ROLES_KEY = 'roles';

/** The reviewer's profile as typed: every input holds text. */
export interface ReviewerFormValues {
  name: string;
  position: string;
  organisation: string;
  yearsAsLeader: string;
  credential: string;
}

export function reviewerFormValuesOf(fields: ReviewerProfileFields): ReviewerFormValues {
  return {
    ...fields,
    yearsAsLeader: fields.yearsAsLeader === null ? '' : String(fields.yearsAsLeader),
  };
}

/** At least one role, checked with the core's own schema (and its sentence). */
export function validateRoles(roles: readonly Role[]): Validated<Role[]> {
  const parsed = identitySetInputSchema.shape.roles.safeParse(roles);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, errors: { [ROLES_KEY]: parsed.error.issues[0]?.message ?? '' } };
}

/**
 * The reviewer's profile checked with the core's schema; errors are keyed `reviewer.<field>`.
 * Years must be digits: anything else gets a sentence about the format, not one about NaN.
 */
export function validateReviewer(values: ReviewerFormValues): Validated<ReviewerProfileFields> {
  const yearsText = values.yearsAsLeader.trim();
  const yearsAreDigits = /^\d+$/.test(yearsText);
  const parsed = reviewerProfileFieldsSchema.safeParse({
    ...values,
    yearsAsLeader: yearsText === '' ? null : yearsAreDigits ? Number(yearsText) : 0,
  });
  const errors: FieldErrors = {};
  if (!parsed.success) {
    for (const [key, message] of Object.entries(fieldErrorsOf(parsed.error))) {
      errors[reviewerKey(key)] = message;
    }
  }
  if (yearsText !== '' && !yearsAreDigits) {
    errors[reviewerKey('yearsAsLeader')] = identityStrings.yearsFormat;
  }
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: parsed.data };
}

/** Where a reviewer field's message is kept, apart from the candidate's fields of the same name. */
export const reviewerKey = (field: string) => `reviewer.${field}`;
