import type { BundleData } from '@shared/bundle/bundle-schemas';
import type {
  CandidateChanges,
  CandidateRow,
  CandidatesList,
} from '@shared/contract/candidates-channels';
import { stampChanges } from '@shared/review/portfolio-changes';
import { EMPTY_REVIEW_LAYER, type ReviewLayerContent } from '@shared/review/review-layer';
import { UserError } from '../errors';
import type { Clock } from '../platform';
import type { ReviewLayerStore } from '../review/review-layer-store';
import { candidateSummary, type CandidateSummary } from '../reviewed/candidate-summary';
import type { ReviewFile } from '../reviewed/review-file';
import type { ReviewedLibrary } from '../reviewed/reviewed-library';
import { KeyedSerialQueue } from '../serial-queue';
import { candidateRow } from './candidate-row';
import { previousBundleStamps } from './previous-bundle';
import { markSeen, readSeen } from './seen-store';

const GONE = "That candidate's portfolio could not be read: import their bundle again.";

/** One candidate with everything the cohort's roll-up needs. */
export interface CohortMember {
  review: ReviewFile;
  data: BundleData;
  layer: ReviewLayerContent;
}

/**
 * My candidates: the rows (from each copy's review.json, the reviewer's layer and what was last
 * seen, never the whole portfolio.json), the changes of one candidate, and marking it as seen.
 */
export class CandidatesService {
  private readonly queue = new KeyedSerialQueue();

  constructor(
    private readonly layers: ReviewLayerStore,
    private readonly clock: Clock,
    private readonly library: ReviewedLibrary,
  ) {}

  async list(): Promise<CandidatesList> {
    const { reviews, notice } = await this.library.reviewFiles();
    const rows: CandidateRow[] = [];
    const unreadable: string[] = [];
    // Side by side: the time is in waiting for many small files.
    await Promise.all(
      reviews.map(async (review) => {
        try {
          rows.push(await this.rowOf(review));
        } catch (error) {
          if (!(error instanceof UserError)) throw error;
          unreadable.push(error.message);
        }
      }),
    );
    rows.sort((a, b) => a.name.localeCompare(b.name) || a.portfolioId.localeCompare(b.portfolioId));
    const notices = [notice, ...unreadable].filter((text): text is string => text !== null);
    return { rows, notice: notices.length === 0 ? null : notices.join(' ') };
  }

  /** From the stamps kept at import and at the last look: no portfolio.json is read. */
  async changes(
    portfolioId: string,
    since: 'last-look' | 'previous-bundle',
  ): Promise<CandidateChanges> {
    await this.layers.read(portfolioId); // refuses, in one sentence, a candidate not here
    const current = (await this.summaryOf(await this.reviewOf(portfolioId))).stamps;
    const folder = this.library.folder(portfolioId);
    if (since === 'previous-bundle') {
      const previous = await previousBundleStamps(folder);
      return {
        changes: stampChanges(previous?.stamps ?? null, current),
        since: previous?.exportedAt ?? null,
      };
    }
    const seen = await readSeen(folder);
    return { changes: stampChanges(seen?.stamps ?? null, current), since: seen?.seenAt ?? null };
  }

  markSeen(portfolioId: string): Promise<CandidateRow> {
    return this.queue.run(portfolioId, async () => {
      await this.layers.read(portfolioId);
      const review = await this.reviewOf(portfolioId);
      const summary = await this.summaryOf(review);
      await markSeen(this.library.folder(portfolioId), {
        seenAt: this.clock.now(),
        exportedAt: review.origin.exportedAt,
        stamps: summary.stamps,
      });
      return this.rowOf(review);
    });
  }

  /** Every readable candidate in full, for the cohort CSV and the feedback summary. */
  async cohort(): Promise<CohortMember[]> {
    const { reviews } = await this.library.reviewFiles();
    const members: CohortMember[] = [];
    for (const review of reviews) {
      const copy = await this.library.read(review.origin.portfolioId);
      if (copy === null) continue;
      const layer = await this.layerOrEmpty(review.origin.portfolioId);
      members.push({ review: copy.review, data: copy.data, layer });
    }
    return members.sort((a, b) => a.review.origin.name.localeCompare(b.review.origin.name));
  }

  private async rowOf(review: ReviewFile): Promise<CandidateRow> {
    const portfolioId = review.origin.portfolioId;
    const folder = this.library.folder(portfolioId);
    const [summary, layer, seen] = await Promise.all([
      this.summaryOf(review),
      this.layers.read(portfolioId),
      readSeen(folder),
    ]);
    return candidateRow({ review, summary, layer, seen, now: this.clock.now() });
  }

  private async reviewOf(portfolioId: string): Promise<ReviewFile> {
    const review = await this.library.readReview(portfolioId);
    if (!review) throw new UserError('not-found', GONE);
    return review;
  }

  /** The summary kept at import; a copy imported before it existed is read in full once. */
  private async summaryOf(review: ReviewFile): Promise<CandidateSummary> {
    if (review.summary) return review.summary;
    const copy = await this.library.read(review.origin.portfolioId);
    if (copy === null) throw new UserError('not-found', GONE);
    return candidateSummary(copy.data, review.origin.exportedAt);
  }

  private async layerOrEmpty(portfolioId: string): Promise<ReviewLayerContent> {
    try {
      return await this.layers.read(portfolioId);
    } catch (error) {
      if (error instanceof UserError) return EMPTY_REVIEW_LAYER;
      throw error;
    }
  }
}
