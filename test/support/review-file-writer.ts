import { REVIEW_DATA_FORMAT, REVIEW_DATA_FORMAT_VERSION } from '@shared/review/review-file-schema';
import { EMPTY_REVIEW_LAYER, type ReviewLayerContent } from '@shared/review/review-layer';
import type { Reviewer } from '@shared/review/roles';
import { writeReviewFile } from '../../electron/core/review-file/export/write-review-file';

export interface TestReviewFile {
  outPath: string;
  /** The candidate's portfolio the review is for, and their name as the reviewer knew it. */
  portfolioId: string;
  candidateName: string;
  reviewer: Reviewer;
  layer: Partial<ReviewLayerContent>;
  exportedAt?: string;
}

/** A `.ctoreview` at `outPath`, written by the app's own writer as a reviewer's export does. */
export function writeTestReviewFile(file: TestReviewFile): Promise<void> {
  return writeReviewFile({
    outPath: file.outPath,
    appVersion: '0.0.0-test',
    data: {
      format: REVIEW_DATA_FORMAT,
      formatVersion: REVIEW_DATA_FORMAT_VERSION,
      portfolioId: file.portfolioId,
      candidateName: file.candidateName,
      reviewer: file.reviewer,
      exportedAt: file.exportedAt ?? new Date().toISOString(),
      layer: { ...EMPTY_REVIEW_LAYER, ...file.layer },
    },
  });
}
