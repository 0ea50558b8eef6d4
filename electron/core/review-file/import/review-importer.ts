import { basename } from 'node:path';
import type { ReceivedReview } from '@shared/review/received-review';
import {
  reviewSummarySentence,
  type ReviewApplyResult,
  type ReviewImportSummary,
} from '@shared/review/review-import-summary';
import { UserError } from '../../errors';
import type { Clock, IdGenerator } from '../../platform';
import type { PortfolioStore } from '../../store/portfolio-store';
import { readReviewFile } from '../read/read-review-file';
import { ReceivedReviews } from '../received/received-reviews';
import {
  checkReviewIsForThisPortfolio,
  compareWithKept,
  toReceivedReview,
} from './review-inspection';

export interface ReviewImporterDeps {
  /** The portfolio being shown: its reviews live in its folder. */
  store(): PortfolioStore;
  clock: Clock;
  newId: IdGenerator;
}

interface Inspection {
  review: ReceivedReview;
  /** The folder of the portfolio it was inspected for: applied there or not at all. */
  portfolioDir: string;
}

/** Inspections waiting for apply or discard; the oldest go first past this many. */
const KEPT_INSPECTIONS = 10;

const GONE = 'That review is no longer waiting to be applied; open the file again.';

/**
 * The candidate's side: a `.ctoreview` checked and summarised (inspect) before the one step
 * that keeps it (apply). Inspecting writes nothing; the file is read once and held in memory
 * (review.json is capped at 10 MB).
 */
export class ReviewImporter {
  private readonly inspections = new Map<string, Inspection>();

  constructor(private readonly deps: ReviewImporterDeps) {}

  received(): ReceivedReviews {
    return new ReceivedReviews(this.deps.store().dir, this.deps.clock);
  }

  async inspect(path: string, options: { fileName?: string }): Promise<ReviewImportSummary> {
    const read = await readReviewFile(path);
    const { portfolioId, profile } = this.deps.store().get();
    checkReviewIsForThisPortfolio(read, { portfolioId, name: profile.name });
    const review = toReceivedReview(read, this.deps.clock.now());
    const comparison = compareWithKept(
      review,
      await this.received().get(review.reviewer.reviewerId),
    );
    const inspectionId = this.deps.newId();
    this.keep(inspectionId, { review, portfolioDir: this.deps.store().dir });
    const summary = {
      inspectionId,
      fileName: options.fileName ?? basename(path),
      fileBytes: read.fileBytes,
      reviewer: review.reviewer,
      portfolioId,
      exportedAt: review.exportedAt,
      outcome: comparison.outcome,
      keptExportedAt: comparison.keptExportedAt,
      counts: comparison.news.counts,
      news: comparison.news.items,
    };
    return { ...summary, sentence: reviewSummarySentence(summary) };
  }

  /** Keep the inspected review, unless the kept one is the same file or newer. */
  async apply(inspectionId: string): Promise<ReviewApplyResult> {
    const inspection = this.inspections.get(inspectionId);
    if (!inspection) throw new UserError('not-found', GONE);
    if (inspection.portfolioDir !== this.deps.store().dir) {
      throw new UserError(
        'invalid-input',
        'That review was opened for the other portfolio (yours or the sample): switch back, or open the file again.',
      );
    }
    this.inspections.delete(inspectionId);
    const received = this.received();
    const now = this.deps.clock.now();
    const review = { ...inspection.review, receivedAt: now.toISOString() };
    // Compared again: another review of this reviewer may have been applied meanwhile.
    const { outcome, news } = compareWithKept(
      review,
      await received.get(review.reviewer.reviewerId),
    );
    if (outcome === 'new') {
      await received.put(review, {
        reviewer: review.reviewer,
        appliedAt: now.toISOString(),
        exportedAt: review.exportedAt,
        counts: news.counts,
        items: news.items,
      });
    }
    return {
      reviewerId: review.reviewer.reviewerId,
      outcome,
      applied: outcome === 'new',
      counts: news.counts,
    };
  }

  discard(inspectionId: string): void {
    this.inspections.delete(inspectionId);
  }

  private keep(inspectionId: string, inspection: Inspection): void {
    this.inspections.set(inspectionId, inspection);
    for (const oldest of this.inspections.keys()) {
      if (this.inspections.size <= KEPT_INSPECTIONS) break;
      this.inspections.delete(oldest);
    }
  }
}
