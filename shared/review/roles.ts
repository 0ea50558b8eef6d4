import { z } from 'zod';
import { recordIdSchema } from '../domain/record';
import { shortTextSchema } from '../domain/text';

/**
 * Who uses this data folder: a candidate builds a portfolio; a mentor or an instructor (program
 * coordinator) reviews candidates' portfolios. Several at once are allowed (a mentor who is also
 * a candidate sees both sides).
 */
export const ROLES = ['candidate', 'mentor', 'instructor'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** The roles that review: they own a reviewer's layer and write `.ctoreview` files. */
export const REVIEWER_ROLES = ['mentor', 'instructor'] as const;
export const reviewerRoleSchema = z.enum(REVIEWER_ROLES);
export type ReviewerRole = z.infer<typeof reviewerRoleSchema>;

export const ROLE_LABELS: Record<Role, string> = {
  candidate: 'Candidate',
  mentor: 'Mentor',
  instructor: 'Instructor / program coordinator',
};

/** The mentor's (or instructor's) own profile, asked by the reviewer's welcome. */
export const reviewerProfileFieldsSchema = z.object({
  name: shortTextSchema,
  position: shortTextSchema,
  organisation: shortTextSchema,
  /** Years as a K-12 technology leader. */
  yearsAsLeader: z
    .number()
    .int({ error: 'Enter whole years, for example 12.' })
    .min(0, { error: 'Enter years from 0 to 60.' })
    .max(60, { error: 'Enter years from 0 to 60.' })
    .nullable(),
  /** Degree or CTO certification, as the person writes it (e.g. "M.Ed.; CETL"). */
  credential: shortTextSchema,
});
export type ReviewerProfileFields = z.infer<typeof reviewerProfileFieldsSchema>;

export const EMPTY_REVIEWER_PROFILE: ReviewerProfileFields = {
  name: '',
  position: '',
  organisation: '',
  yearsAsLeader: null,
  credential: '',
};

/**
 * `<data>/identity.json`: who this data folder's user is. Local only, never in a bundle.
 * `reviewerId` names this reviewer in every `.ctoreview` they export, so a candidate keeps one
 * review per reviewer side by side; it is made once and never changes.
 */
export const identitySchema = z.object({
  format: z.literal('cto-portfolio-identity'),
  formatVersion: z.literal(1),
  roles: z.array(roleSchema).min(1).max(ROLES.length),
  /** Null until the user answered "who am I" (first run). */
  rolesChosenAt: z.iso.datetime().nullable(),
  reviewerId: recordIdSchema,
  reviewer: reviewerProfileFieldsSchema,
});
export type Identity = z.infer<typeof identitySchema>;

/** The reviewer as a review file and every grade name them: who, and in which role. */
export const reviewerSchema = z.object({
  reviewerId: recordIdSchema,
  name: shortTextSchema,
  role: reviewerRoleSchema,
});
export type Reviewer = z.infer<typeof reviewerSchema>;

/** The role a reviewer acts in: instructor when the user is one, else mentor. */
export function reviewerRoleOf(roles: readonly Role[]): ReviewerRole | null {
  if (roles.includes('instructor')) return 'instructor';
  if (roles.includes('mentor')) return 'mentor';
  return null;
}
