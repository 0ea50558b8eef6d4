import type { ReceivedReview } from '@shared/review/received-review';
import { systemClock } from '../../platform';
import { ReceivedReviews } from './received-reviews';

/**
 * Own-device sync: of the reviews another device of this portfolio carried in its bundle, those
 * to keep here: per reviewer the newest export wins, so an older one (or the same) changes
 * nothing. Reviews of another portfolio are not this one's to keep.
 */
export async function reviewsToTake(
  portfolioDir: string,
  portfolioId: string,
  incoming: readonly ReceivedReview[],
): Promise<ReceivedReview[]> {
  const kept = new ReceivedReviews(portfolioDir, systemClock);
  const newest = new Map<string, ReceivedReview>();
  for (const review of incoming) {
    if (review.portfolioId !== portfolioId) continue;
    const seen = newest.get(review.reviewer.reviewerId);
    if (!seen || Date.parse(review.exportedAt) > Date.parse(seen.exportedAt)) {
      newest.set(review.reviewer.reviewerId, review);
    }
  }
  const taken: ReceivedReview[] = [];
  for (const review of newest.values()) {
    const here = await kept.get(review.reviewer.reviewerId).catch(() => null);
    if (!here || Date.parse(review.exportedAt) > Date.parse(here.exportedAt)) taken.push(review);
  }
  return taken;
}
