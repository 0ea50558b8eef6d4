import { z } from 'zod';
import { identitySchema, reviewerProfileFieldsSchema, ROLES } from '../review/roles';

/**
 * "Who am I": the roles of this data folder's user (candidate, mentor, instructor) and, for a
 * reviewer, their profile. Kept in `<data>/identity.json`, never in a bundle.
 */
const roleChoiceSchema = z.enum(ROLES, {
  error: 'Choose candidate, mentor or instructor as a role.',
});

export const identitySetInputSchema = z.strictObject({
  roles: z
    .array(roleChoiceSchema)
    .min(1, { error: 'Choose at least one role: candidate, mentor or instructor.' })
    .max(ROLES.length, { error: 'Choose each role at most once.' }),
  /** Only the fields given change; the others keep what was saved. */
  reviewer: reviewerProfileFieldsSchema.partial().strict().optional(),
});
export type IdentitySetInput = z.infer<typeof identitySetInputSchema>;

export const identityChannels = {
  'identity-get': { input: z.strictObject({}), output: identitySchema },
  'identity-set': { input: identitySetInputSchema, output: identitySchema },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;
