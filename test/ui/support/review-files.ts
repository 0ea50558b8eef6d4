import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REVIEW_DATA_FORMAT, REVIEW_DATA_FORMAT_VERSION } from '@shared/review/review-file-schema';
import { EMPTY_REVIEW_LAYER, type ReviewLayerContent } from '@shared/review/review-layer';
import type { Reviewer } from '@shared/review/roles';
import { writeReviewFile } from '../../../electron/core/review-file/export/write-review-file';
import type { TestCore } from './test-core';

export interface ReviewFileOptions {
  exportedAt?: string;
  /** Another portfolio than the candidate's: a review that came to the wrong person. */
  portfolioId?: string;
}

/**
 * A `.ctoreview` for `candidate`'s portfolio as a reviewer's app writes it, read back as the
 * File the candidate chooses or drops.
 */
export async function reviewFileFor(
  candidate: TestCore,
  reviewer: Reviewer,
  layer: Partial<ReviewLayerContent>,
  { exportedAt = new Date().toISOString(), portfolioId }: ReviewFileOptions = {},
): Promise<File> {
  const portfolio = await candidate.call('portfolio-get', {});
  const folder = await mkdtemp(join(tmpdir(), 'cto-ui-review-'));
  const fileName = `${portfolio.profile.name || 'Portfolio'} review.ctoreview`;
  try {
    const outPath = join(folder, fileName);
    await writeReviewFile({
      outPath,
      appVersion: '0.0.0-test',
      data: {
        format: REVIEW_DATA_FORMAT,
        formatVersion: REVIEW_DATA_FORMAT_VERSION,
        portfolioId: portfolioId ?? portfolio.portfolioId,
        candidateName: portfolio.profile.name,
        reviewer,
        exportedAt,
        layer: { ...EMPTY_REVIEW_LAYER, ...layer },
      },
    });
    return new File([await readFile(outPath)], fileName);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
