import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReviewLayerContent } from '@shared/review/review-layer';
import type { Reviewer } from '@shared/review/roles';
import { writeTestReviewFile } from '../../support/review-file-writer';
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
  { exportedAt, portfolioId }: ReviewFileOptions = {},
): Promise<File> {
  const portfolio = await candidate.call('portfolio-get', {});
  const folder = await mkdtemp(join(tmpdir(), 'cto-ui-review-'));
  const fileName = `${portfolio.profile.name || 'Portfolio'} review.ctoreview`;
  try {
    const outPath = join(folder, fileName);
    await writeTestReviewFile({
      outPath,
      portfolioId: portfolioId ?? portfolio.portfolioId,
      candidateName: portfolio.profile.name,
      reviewer,
      layer,
      ...(exportedAt === undefined ? {} : { exportedAt }),
    });
    return new File([await readFile(outPath)], fileName);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
