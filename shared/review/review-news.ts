import type { ReviewLayerContent } from './review-layer';
import {
  MAX_NEWS_ITEMS,
  type ReviewNewsCounts,
  type ReviewNewsItem,
} from './review-import-summary';

export interface ReviewNewsDiff {
  counts: ReviewNewsCounts;
  /** The first MAX_NEWS_ITEMS items: grades, then comments, then reports. */
  items: ReviewNewsItem[];
}

/**
 * What `incoming` brings that `kept` (the review of the same reviewer applied before, or null)
 * did not have: grades given or changed, comments not seen, final reports not seen.
 */
export function reviewNews(
  kept: ReviewLayerContent | null,
  incoming: ReviewLayerContent,
): ReviewNewsDiff {
  const keptGrades = new Map((kept?.evaluations ?? []).map((e) => [e.id, e.updatedAt]));
  const keptComments = new Set(
    (kept?.threads ?? []).flatMap((thread) => thread.comments.map((comment) => comment.id)),
  );
  const keptReports = new Set(
    (kept?.reports ?? []).filter((r) => r.state === 'final').map((r) => r.id),
  );
  const grades: ReviewNewsItem[] = incoming.evaluations
    .filter((e) => keptGrades.get(e.id) !== e.updatedAt)
    .map((e) => ({ kind: 'grade', assignmentId: e.assignmentId, result: e.result }));
  const comments: ReviewNewsItem[] = incoming.threads.flatMap((thread) =>
    thread.comments
      .filter((comment) => !keptComments.has(comment.id))
      .map((comment) => ({
        kind: 'comment' as const,
        threadId: thread.id,
        commentId: comment.id,
        target: thread.target,
      })),
  );
  const reports: ReviewNewsItem[] = incoming.reports
    .filter((r) => r.state === 'final' && !keptReports.has(r.id))
    .map((r) => ({ kind: 'report', reportId: r.id, month: r.month }));
  return {
    counts: { grades: grades.length, comments: comments.length, reports: reports.length },
    items: [...grades, ...comments, ...reports].slice(0, MAX_NEWS_ITEMS),
  };
}
