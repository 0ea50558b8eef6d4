import { MAX_REPLIES, type CandidateReply } from '@shared/review/candidate-reply';
import type { ReviewsReceived } from '@shared/contract/review-file-channels';
import { isLive } from '@shared/domain/record';
import { UserError } from '../errors';
import type { Clock, IdGenerator } from '../platform';
import type { BundleImporter } from '../bundle/import/bundle-importer';
import { IdentityStore } from '../review/identity-store';
import { ReviewLayerStore } from '../review/review-layer-store';
import type { PortfolioStore } from '../store/portfolio-store';
import type { Workspace } from '../workspace';
import { ReviewExporter, type ReviewExporterDeps } from './export/review-exporter';
import { ReviewImporter } from './import/review-importer';

export interface ReviewFileServiceDeps extends ReviewExporterDeps {
  /** The portfolio being shown (own or sample): its received reviews and replies. */
  store(): PortfolioStore;
  clock: Clock;
  newId: IdGenerator;
}

const byCreated = (a: CandidateReply, b: CandidateReply) => a.createdAt.localeCompare(b.createdAt);

/**
 * Reviews by file, both sides: the mentor's export (ReviewExporter), the candidate's checked
 * import (ReviewImporter), the kept reviews with the candidate's replies, and the news card.
 */
export class ReviewFileService {
  readonly exporter: ReviewExporter;
  readonly importer: ReviewImporter;

  constructor(private readonly deps: ReviewFileServiceDeps) {
    this.exporter = new ReviewExporter(deps);
    this.importer = new ReviewImporter(deps);
  }

  exportReview(portfolioId: string, destination: string | null) {
    return this.exporter.exportReview(portfolioId, destination);
  }

  inspect(path: string, options: { fileName?: string }) {
    return this.importer.inspect(path, options);
  }

  apply(inspectionId: string) {
    return this.importer.apply(inspectionId);
  }

  discard(inspectionId: string): void {
    this.importer.discard(inspectionId);
  }

  async received(): Promise<ReviewsReceived> {
    const received = this.importer.received();
    const replies = [...this.deps.store().get().reviewReplies].sort(byCreated);
    return { reviews: await received.list(), replies, news: await received.news() };
  }

  async dismissNews(reviewerId: string): Promise<ReviewsReceived> {
    await this.importer.received().dismissNews(reviewerId);
    return this.received();
  }

  /** The candidate's reply in a thread of a review they received; it travels in the bundle. */
  async addReply(input: {
    reviewerId: string;
    threadId: string;
    body: string;
  }): Promise<CandidateReply> {
    const review = await this.importer.received().get(input.reviewerId);
    const thread = review?.layer.threads.find((t) => t.id === input.threadId && isLive(t));
    if (!thread) {
      throw new UserError(
        'not-found',
        'That comment thread is not in the reviews you received; open the latest review file first.',
      );
    }
    const { clock, newId } = this.deps;
    return this.deps.store().update((portfolio) => {
      if (portfolio.reviewReplies.length >= MAX_REPLIES) {
        throw new UserError(
          'invalid-input',
          `This portfolio holds ${MAX_REPLIES} replies already, the most it can keep.`,
        );
      }
      const reply: CandidateReply = {
        id: newId(),
        reviewerId: input.reviewerId,
        threadId: input.threadId,
        authorName: portfolio.profile.name,
        body: input.body,
        createdAt: clock.now().toISOString(),
      };
      portfolio.reviewReplies.push(reply);
      return reply;
    });
  }
}

/** The service over a data folder: the mentor's layers and identity, the shown portfolio. */
export function openReviewFiles(options: {
  dataDir: string;
  workspace: Workspace;
  importer: BundleImporter;
  clock: Clock;
  newId: IdGenerator;
  appVersion: string;
}): ReviewFileService {
  const { dataDir, workspace, importer, clock, newId, appVersion } = options;
  return new ReviewFileService({
    dataDir,
    store: () => workspace.active(),
    layers: new ReviewLayerStore(dataDir, clock),
    identity: new IdentityStore(dataDir, clock, newId),
    reviewed: importer.reviewed,
    clock,
    newId,
    appVersion,
  });
}
