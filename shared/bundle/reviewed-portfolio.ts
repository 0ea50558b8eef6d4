import { z } from 'zod';
import { bundleOriginSchema } from './import-summary';

/** One entry of "Reviewed portfolios": someone else's portfolio, imported read-only. */
export const reviewedPortfolioSchema = z.object({
  origin: bundleOriginSchema,
  mentorName: z.string(),
  importedAt: z.iso.datetime(),
  counts: z.object({
    sessionsAttended: z.number().int().min(0),
    assignments: z.number().int().min(0),
    assignmentsPassed: z.number().int().min(0),
    reflections: z.number().int().min(0),
    artifacts: z.number().int().min(0),
  }),
});
export type ReviewedPortfolio = z.infer<typeof reviewedPortfolioSchema>;
