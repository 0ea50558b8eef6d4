import { readFile, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { REVIEW_FILE_EXTENSION, REVIEW_FILE_MIME_TYPE } from '@shared/review/review-file-schema';
import type { ReviewExported } from '@shared/contract/review-file-channels';
import { UserError } from '../../errors';
import { makeFolder } from '../../make-folder';
import type { Clock, IdGenerator } from '../../platform';
import type { IdentityStore } from '../../review/identity-store';
import type { ReviewLayerStore } from '../../review/review-layer-store';
import type { ReviewedLibrary } from '../../reviewed/reviewed-library';
import { safeChildPath } from '../../safe-name';
import { EXPORTS_FOLDER } from '../../bundle/export/bundle-exports';
import { bundleFileName } from '@shared/exports/file-names';
import { buildReviewData } from './build-review-data';
import { writeReviewFile } from './write-review-file';

export interface ReviewExporterDeps {
  dataDir: string;
  layers: ReviewLayerStore;
  identity: IdentityStore;
  reviewed: ReviewedLibrary;
  clock: Clock;
  newId: IdGenerator;
  appVersion: string;
}

const NOT_HERE =
  "That candidate's portfolio is not in My candidates any more: import their bundle again.";

/** The mentor's side: a reviewed candidate's layer written as a `.ctoreview`. */
export class ReviewExporter {
  constructor(private readonly deps: ReviewExporterDeps) {}

  /** Write the review of `portfolioId` at `outPath` (the command line, Electron's dialog). */
  async exportTo(portfolioId: string, outPath: string) {
    const { layers, identity, reviewed, clock, appVersion } = this.deps;
    const reviewer = await identity.reviewer();
    const copy = await reviewed.read(portfolioId);
    if (copy === null) throw new UserError('not-found', NOT_HERE);
    const layer = await layers.read(portfolioId);
    const exportedAt = clock.now();
    const candidateName = copy.review.origin.name;
    const data = buildReviewData({ portfolioId, candidateName, reviewer, exportedAt, layer });
    await writeReviewFile({ outPath, data, appVersion });
    return {
      path: outPath,
      bytes: (await stat(outPath)).size,
      reviewer,
      candidateName,
      exportedAt,
    };
  }

  /**
   * The channel's export: to Electron's dialog path, or (browser host) written inside the data
   * folder, read back as base64 for the page to download, and removed.
   */
  async exportReview(portfolioId: string, destination: string | null): Promise<ReviewExported> {
    if (destination !== null) {
      const written = await this.exportTo(portfolioId, destination);
      return { ...this.answer(basename(destination), written), savedTo: destination, base64: null };
    }
    const folder = safeChildPath(join(this.deps.dataDir, EXPORTS_FOLDER), this.deps.newId());
    await makeFolder(folder);
    try {
      const temp = join(folder, `review${REVIEW_FILE_EXTENSION}`);
      const written = await this.exportTo(portfolioId, temp);
      const fileName = bundleFileName(written.candidateName, written.exportedAt, {
        label: 'review',
        extension: REVIEW_FILE_EXTENSION,
      });
      const base64 = (await readFile(temp)).toString('base64');
      return { ...this.answer(fileName, written), savedTo: null, base64 };
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }

  private answer(fileName: string, written: Awaited<ReturnType<ReviewExporter['exportTo']>>) {
    return {
      fileName,
      mimeType: REVIEW_FILE_MIME_TYPE,
      bytes: written.bytes,
      reviewer: written.reviewer,
    };
  }
}
