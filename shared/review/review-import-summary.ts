import { z } from 'zod';
import { recordIdSchema } from '../domain/record';
import { evaluationResultSchema, reportMonthSchema, threadTargetSchema } from './review-layer';
import { reviewerSchema, ROLE_LABELS } from './roles';

/**
 * One thing a review brought that the kept review of the same reviewer did not have: a grade
 * (new or changed), a comment, a report (new, or a draft become final). The summary before
 * applying lists them, and the dashboard card shows those of the last applied review.
 */
export const reviewNewsItemSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('grade'),
    assignmentId: recordIdSchema,
    result: evaluationResultSchema,
  }),
  z.object({
    kind: z.literal('comment'),
    threadId: recordIdSchema,
    commentId: recordIdSchema,
    target: threadTargetSchema,
  }),
  z.object({ kind: z.literal('report'), reportId: recordIdSchema, month: reportMonthSchema }),
]);
export type ReviewNewsItem = z.infer<typeof reviewNewsItemSchema>;

/** Items listed at most: a summary stays small; the counts still say how many in all. */
export const MAX_NEWS_ITEMS = 500;

export const reviewNewsCountsSchema = z.object({
  grades: z.number().int().min(0),
  comments: z.number().int().min(0),
  reports: z.number().int().min(0),
});
export type ReviewNewsCounts = z.infer<typeof reviewNewsCountsSchema>;

/**
 * - `new`: applying replaces (or adds) this reviewer's review;
 * - `same`: the very file (same manifest) is already applied: nothing changes;
 * - `older`: it was exported before the kept review of this reviewer: nothing changes.
 */
export const REVIEW_IMPORT_OUTCOMES = ['new', 'same', 'older'] as const;
export const reviewImportOutcomeSchema = z.enum(REVIEW_IMPORT_OUTCOMES);
export type ReviewImportOutcome = z.infer<typeof reviewImportOutcomeSchema>;

/** What applying a checked review file would do, read before the one step that applies it. */
export const reviewImportSummarySchema = z.object({
  inspectionId: recordIdSchema,
  fileName: z.string(),
  fileBytes: z.number().int().min(0),
  reviewer: reviewerSchema,
  portfolioId: recordIdSchema,
  exportedAt: z.iso.datetime(),
  outcome: reviewImportOutcomeSchema,
  /** When the kept review of this reviewer was exported; null when there is none. */
  keptExportedAt: z.iso.datetime().nullable(),
  counts: reviewNewsCountsSchema,
  /** The first MAX_NEWS_ITEMS of what is new (empty unless `new`). */
  news: z.array(reviewNewsItemSchema).max(MAX_NEWS_ITEMS),
  /** One sentence saying what applying does, e.g. for the command line. */
  sentence: z.string(),
});
export type ReviewImportSummary = z.infer<typeof reviewImportSummarySchema>;

export const reviewApplyResultSchema = z.object({
  reviewerId: recordIdSchema,
  outcome: reviewImportOutcomeSchema,
  /** False for `same` and `older`: nothing was written. */
  applied: z.boolean(),
  counts: reviewNewsCountsSchema,
});
export type ReviewApplyResult = z.infer<typeof reviewApplyResultSchema>;

/** What is new in the last review applied from one reviewer, until the candidate dismisses it. */
export const reviewNewsSchema = z.object({
  reviewer: reviewerSchema,
  appliedAt: z.iso.datetime(),
  exportedAt: z.iso.datetime(),
  counts: reviewNewsCountsSchema,
  items: z.array(reviewNewsItemSchema).max(MAX_NEWS_ITEMS),
});
export type ReviewNews = z.infer<typeof reviewNewsSchema>;

/** "1 report", "2 reports". */
export const plural = (count: number, one: string, many: string) =>
  `${count} ${count === 1 ? one : many}`;

/** "3 grades, 1 comment and 1 report", or "nothing new". */
export function newsCountsText(counts: ReviewNewsCounts): string {
  const parts = [
    counts.grades > 0 ? plural(counts.grades, 'grade', 'grades') : null,
    counts.comments > 0 ? plural(counts.comments, 'comment', 'comments') : null,
    counts.reports > 0 ? plural(counts.reports, 'report', 'reports') : null,
  ].filter((part): part is string => part !== null);
  if (parts.length === 0) return 'nothing new';
  if (parts.length === 1) return parts[0]!;
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** The one sentence a summary shows for its outcome. */
export function reviewSummarySentence(summary: {
  reviewer: { name: string; role: keyof typeof ROLE_LABELS };
  outcome: ReviewImportOutcome;
  exportedAt: string;
  keptExportedAt: string | null;
  counts: ReviewNewsCounts;
}): string {
  const who = `${summary.reviewer.name || 'Your reviewer'} (${ROLE_LABELS[summary.reviewer.role].toLowerCase()})`;
  switch (summary.outcome) {
    case 'same':
      return `This review from ${who} is already applied: importing it again changes nothing.`;
    case 'older':
      return `This review from ${who} was exported on ${summary.exportedAt.slice(0, 10)}, before the one you have (${(summary.keptExportedAt ?? '').slice(0, 10)}): importing it changes nothing.`;
    case 'new':
      return `This review from ${who} brings ${newsCountsText(summary.counts)}; applying it keeps your own work as it is.`;
  }
}
