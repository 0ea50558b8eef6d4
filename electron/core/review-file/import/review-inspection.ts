import type { ReceivedReview } from '@shared/review/received-review';
import type { ReviewImportOutcome } from '@shared/review/review-import-summary';
import { reviewNews, type ReviewNewsDiff } from '@shared/review/review-news';
import { printableName } from '../../bundle/zip/zip-entry-rules';
import { UserError } from '../../errors';
import type { ReadReviewFileResult } from '../read/read-review-file';

/** What applying `incoming` would do beside the kept review of the same reviewer. */
export interface ReviewComparison {
  outcome: ReviewImportOutcome;
  keptExportedAt: string | null;
  news: ReviewNewsDiff;
}

const NOTHING: ReviewNewsDiff = { counts: { grades: 0, comments: 0, reports: 0 }, items: [] };

/**
 * `same`: the very file is kept already; `older`: exported before the kept one (a tie that is
 * not the same file counts as new: the reviewer exported twice in one instant). Either changes
 * nothing.
 */
export function compareWithKept(
  incoming: ReceivedReview,
  kept: ReceivedReview | null,
): ReviewComparison {
  const keptExportedAt = kept?.exportedAt ?? null;
  if (kept && kept.manifestSha256 === incoming.manifestSha256) {
    return { outcome: 'same', keptExportedAt, news: NOTHING };
  }
  if (kept && Date.parse(incoming.exportedAt) < Date.parse(kept.exportedAt)) {
    return { outcome: 'older', keptExportedAt, news: NOTHING };
  }
  return { outcome: 'new', keptExportedAt, news: reviewNews(kept?.layer ?? null, incoming.layer) };
}

/** A checked file as the review it would be kept as. */
export function toReceivedReview(read: ReadReviewFileResult, receivedAt: Date): ReceivedReview {
  const { data, manifestSha256 } = read;
  return {
    format: 'cto-received-review',
    formatVersion: 1,
    portfolioId: data.portfolioId,
    reviewer: data.reviewer,
    exportedAt: data.exportedAt,
    receivedAt: receivedAt.toISOString(),
    manifestSha256,
    layer: data.layer,
  };
}

const named = (name: string, fallback: string) =>
  name.trim() === '' ? fallback : printableName(name.trim());

/** A review of someone else's portfolio: refused, naming both portfolios. */
export function checkReviewIsForThisPortfolio(
  read: ReadReviewFileResult,
  own: { portfolioId: string; name: string },
): void {
  if (read.data.portfolioId === own.portfolioId) return;
  const theirs = named(read.data.candidateName, 'another candidate');
  const yours = named(own.name, 'this one, which has no name yet');
  throw new UserError(
    'invalid-input',
    `This review is for the portfolio of ${theirs}, not for yours (${yours}), so nothing was imported: ask your reviewer for the review of your portfolio.`,
  );
}
