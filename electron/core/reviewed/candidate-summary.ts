import { z } from 'zod';
import type { BundleData } from '@shared/bundle/bundle-schemas';
import { assignmentStatusSchema } from '@shared/domain/assignment';
import { isoDateSchema } from '@shared/domain/dates';
import { isLive, recordIdSchema } from '@shared/domain/record';
import { isProgramSession } from '@shared/domain/session';
import { DEFAULT_REPORT_DUE_DAY } from '@shared/program/template-schema';
import { recordStamps, recordStampsSchema } from '@shared/review/portfolio-changes';

/**
 * What My candidates needs of one imported portfolio, worked out once at import and kept in its
 * review.json, so the list reads one small file per candidate rather than every portfolio.json.
 */
export const candidateSummarySchema = z.object({
  /** When the first bundle of this candidate imported here was exported: reports start then. */
  firstExportedAt: z.iso.datetime(),
  /** The candidate's program template's day of the next month a month's report is due by. */
  reportDueDay: z.number().int().min(1).max(28),
  /** Program sessions (1-8) the candidate marked attended, as their dashboard counts them. */
  sessionsAttended: z.number().int().min(0),
  /** Live assignments: what passed and overdue are worked out from, with the reviewer's grades. */
  assignments: z
    .array(
      z.object({
        id: recordIdSchema,
        status: assignmentStatusSchema,
        due: isoDateSchema.nullable(),
      }),
    )
    .max(5_000),
  /** Every record's stamp, to count what changed since the reviewer last looked. */
  stamps: recordStampsSchema,
});
export type CandidateSummary = z.infer<typeof candidateSummarySchema>;

export function candidateSummary(data: BundleData, firstExportedAt: string): CandidateSummary {
  const { portfolio } = data;
  return {
    firstExportedAt,
    reportDueDay: portfolio.program.reportDueDay ?? DEFAULT_REPORT_DUE_DAY,
    sessionsAttended: portfolio.sessions.filter(
      (s) => isLive(s) && isProgramSession(s.number) && s.attendance === 'attended',
    ).length,
    assignments: portfolio.assignments
      .filter(isLive)
      .map(({ id, status, due }) => ({ id, status, due })),
    stamps: recordStamps(data),
  };
}
