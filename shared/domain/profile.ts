import { z } from 'zod';
import { recordMetaSchema } from './record';
import { shortTextSchema } from './text';

export const profileFieldsSchema = z.object({
  name: shortTextSchema,
  organisation: shortTextSchema,
  mentorName: shortTextSchema,
  cohortYear: z
    .number()
    .int({ error: 'Enter the cohort year as four digits, for example 2026.' })
    .min(2000, { error: 'Enter a cohort year from 2000 to 2100.' })
    .max(2100, { error: 'Enter a cohort year from 2000 to 2100.' })
    .nullable(),
});
export type ProfileFields = z.infer<typeof profileFieldsSchema>;

export const profileSchema = recordMetaSchema.extend({
  ...profileFieldsSchema.shape,
  /** Set when the welcome was completed or skipped; the welcome is shown while it is null. */
  welcomeCompletedAt: z.iso.datetime().nullable(),
});
export type Profile = z.infer<typeof profileSchema>;
