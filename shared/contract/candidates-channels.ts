import { z } from 'zod';
import { recordIdSchema } from '../domain/record';
import { portfolioChangeSchema } from '../review/portfolio-changes';
import { REPORT_STATES, reportMonthSchema } from '../review/review-layer';
import { exportedFileSchema } from './exported-file';

/**
 * My candidates (the reviewer's side): one row per imported portfolio, what changed since the
 * reviewer last looked, and the cohort's roll-up for the program coordinator.
 */
const noInput = z.strictObject({});
const byPortfolio = z.strictObject({ portfolioId: recordIdSchema });

export const CANDIDATE_STALE_DAYS = 30;

export const candidateRowSchema = z.object({
  portfolioId: z.string(),
  name: z.string(),
  /** The candidate's district (their profile's organisation). */
  organisation: z.string(),
  cohortYear: z.number().int().nullable(),
  sessionsAttended: z.number().int().min(0),
  /** Passed per the reviewer's newest evaluation where there is one, else the candidate's status. */
  assignmentsPassed: z.number().int().min(0),
  assignmentsTotal: z.number().int().min(0),
  overdue: z.number().int().min(0),
  /** When the candidate exported the newest bundle imported here. */
  latestBundleAt: z.iso.datetime(),
  importedAt: z.iso.datetime(),
  /** Records new, changed or deleted since the reviewer last marked the candidate as seen. */
  changesSinceLastLook: z.number().int().min(0),
  seenAt: z.iso.datetime().nullable(),
  nextReport: z.object({ month: reportMonthSchema, due: z.iso.date() }),
  lastReportState: z.enum(REPORT_STATES).nullable(),
  /** No bundle for CANDIDATE_STALE_DAYS days. */
  stale: z.boolean(),
});
export type CandidateRow = z.infer<typeof candidateRowSchema>;

export const candidatesListSchema = z.object({
  rows: z.array(candidateRowSchema),
  /** One sentence when some imported portfolios could not be read, else null. */
  notice: z.string().nullable(),
});
export type CandidatesList = z.infer<typeof candidatesListSchema>;

export const CHANGES_SINCE = ['last-look', 'previous-bundle'] as const;

export const candidateChangesSchema = z.object({
  changes: z.array(portfolioChangeSchema),
  /** When the baseline was taken: the last look, or the previous bundle's export; null: none. */
  since: z.iso.datetime().nullable(),
});
export type CandidateChanges = z.infer<typeof candidateChangesSchema>;

export const sessionFeedbackSummarySchema = z.object({
  number: z.number().int(),
  title: z.string(),
  ratingCount: z.number().int().min(0),
  /** Mean of the ratings given (1-5), null when none. */
  averageRating: z.number().nullable(),
  comments: z.array(z.object({ candidate: z.string(), text: z.string() })),
});
export type SessionFeedbackSummary = z.infer<typeof sessionFeedbackSummarySchema>;

export const candidatesChannels = {
  'candidates-list': { input: noInput, output: candidatesListSchema },
  'candidate-changes': {
    input: byPortfolio.extend({ since: z.enum(CHANGES_SINCE) }).strict(),
    output: candidateChangesSchema,
  },
  'candidate-mark-seen': { input: byPortfolio, output: candidateRowSchema },
  'cohort-csv-export': { input: noInput, output: exportedFileSchema },
  'cohort-feedback-summary': {
    input: noInput,
    output: z.object({ sessions: z.array(sessionFeedbackSummarySchema), candidates: z.number() }),
  },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;
