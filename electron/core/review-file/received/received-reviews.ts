import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { isRecordId } from '@shared/domain/record';
import { receivedReviewSchema, type ReceivedReview } from '@shared/review/received-review';
import { reviewNewsSchema, type ReviewNews } from '@shared/review/review-import-summary';
import { UserError, userErrorFromFs } from '../../errors';
import type { Clock } from '../../platform';
import { JsonDocumentFile } from '../../review/json-document-file';
import { safeChildPath } from '../../safe-name';

/** `<portfolio folder>/reviews/`: one received review per reviewer, `<reviewerId>.json`. */
export const REVIEWS_FOLDER = 'reviews';
/** `reviews/news/<reviewerId>.json`: what the last applied review brought, until dismissed. */
export const NEWS_FOLDER = 'news';

const storedNewsSchema = reviewNewsSchema.extend({
  format: z.literal('cto-review-news'),
  formatVersion: z.literal(1),
  newsDismissedAt: z.iso.datetime().nullable(),
});
type StoredNews = z.infer<typeof storedNewsSchema>;

const byNewestExport = (a: { exportedAt: string }, b: { exportedAt: string }) =>
  b.exportedAt.localeCompare(a.exportedAt);

/**
 * The reviews a candidate received, kept apart from the candidate's own content: each file is
 * replaced whole (atomically) by a newer review of the same reviewer, so a mentor's and an
 * instructor's reviews sit side by side. Reading never writes; a damaged file is skipped when
 * listing and kept aside by the next write (JsonDocumentFile).
 */
export class ReceivedReviews {
  private readonly folder: string;

  constructor(
    portfolioDir: string,
    private readonly clock: Clock,
  ) {
    this.folder = join(portfolioDir, REVIEWS_FOLDER);
  }

  async get(reviewerId: string): Promise<ReceivedReview | null> {
    return this.reviewFile(reviewerId).readOrNull();
  }

  /** Every kept review, newest export first. */
  async list(): Promise<ReceivedReview[]> {
    const reviews: ReceivedReview[] = [];
    for (const reviewerId of await this.reviewerIds(this.folder)) {
      const read = await this.reviewFile(reviewerId).read();
      if (read.state === 'ok' && read.value.reviewer.reviewerId === reviewerId) {
        reviews.push(read.value);
      }
    }
    return reviews.sort(byNewestExport);
  }

  /** Keep `review` (replacing the reviewer's earlier one), then what it brought as news. */
  async put(review: ReceivedReview, news: ReviewNews | null): Promise<void> {
    const { reviewerId } = review.reviewer;
    const now = this.clock.now();
    await this.reviewFile(reviewerId).write(receivedReviewSchema.parse(review), now);
    if (news === null) return;
    const stored: StoredNews = {
      format: 'cto-review-news',
      formatVersion: 1,
      ...news,
      newsDismissedAt: null,
    };
    await this.newsFile(reviewerId).write(stored, now);
  }

  /** Per reviewer, the news of their last applied review while not dismissed. */
  async news(): Promise<ReviewNews[]> {
    const all: ReviewNews[] = [];
    for (const reviewerId of await this.reviewerIds(join(this.folder, NEWS_FOLDER))) {
      const read = await this.newsFile(reviewerId).read();
      if (read.state !== 'ok' || read.value.newsDismissedAt !== null) continue;
      const { format: _f, formatVersion: _v, newsDismissedAt: _d, ...news } = read.value;
      all.push(news);
    }
    return all.sort(byNewestExport);
  }

  async dismissNews(reviewerId: string): Promise<void> {
    const file = this.newsFile(reviewerId);
    const news = await file.readOrNull();
    if (news === null || news.newsDismissedAt !== null) return;
    const now = this.clock.now();
    await file.write({ ...news, newsDismissedAt: now.toISOString() }, now);
  }

  private reviewFile(reviewerId: string): JsonDocumentFile<ReceivedReview> {
    return new JsonDocumentFile(
      this.documentPath(this.folder, reviewerId),
      receivedReviewSchema,
      'a review you received',
    );
  }

  private newsFile(reviewerId: string): JsonDocumentFile<StoredNews> {
    return new JsonDocumentFile(
      this.documentPath(join(this.folder, NEWS_FOLDER), reviewerId),
      storedNewsSchema,
      'the list of what is new in a review',
    );
  }

  /** `<folder>/<reviewerId>.json`: only for an id of the record id rule. */
  private documentPath(folder: string, reviewerId: string): string {
    if (!isRecordId(reviewerId)) {
      throw new UserError('not-found', 'There is no review from that reviewer here.');
    }
    return safeChildPath(folder, `${reviewerId}.json`);
  }

  /** The reviewer ids with a file in `folder` (other names are not ours and are left alone). */
  private async reviewerIds(folder: string): Promise<string[]> {
    let names: string[];
    try {
      names = await readdir(folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw userErrorFromFs(error, 'read the reviews you received', folder) ?? error;
    }
    return names
      .filter((name) => name.endsWith('.json'))
      .map((name) => name.slice(0, -'.json'.length))
      .filter(isRecordId)
      .sort();
  }
}
