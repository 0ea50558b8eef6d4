import { reportSha256 } from '../../review/report-sha256';
import type { BundleFile } from '@shared/bundle/bundle-schemas';
import { sameJson } from '@shared/sync/record-content';
import {
  REVIEW_DATA_PATH,
  REVIEW_MANIFEST_PATH,
  type ReviewData,
  type ReviewFileManifest,
} from '@shared/review/review-file-schema';
import type { DeclaredFile } from '../../bundle/read/bundle-contents-check';
import { printableName } from '../../bundle/zip/zip-entry-rules';
import { ReviewFileError } from './review-file-error';

const refusedAsChanged = (what: string) =>
  new ReviewFileError(
    'invalid-data',
    `The review file's ${what}: it was changed after export, so nothing was imported.`,
  );

/**
 * v1 holds manifest.json and review.json only, each as the manifest lists it: checked from the
 * central directory before review.json is inflated. Answers review.json's listing.
 */
export function checkReviewEntries(
  manifest: ReviewFileManifest,
  files: readonly DeclaredFile[],
): BundleFile {
  const listed = new Map(manifest.files.map((file) => [file.path, file]));
  const data = listed.get(REVIEW_DATA_PATH);
  if (!data || listed.size !== 1) {
    throw refusedAsChanged(`manifest does not list ${REVIEW_DATA_PATH} alone`);
  }
  for (const file of files) {
    if (file.name === REVIEW_MANIFEST_PATH) continue;
    if (file.name !== REVIEW_DATA_PATH) {
      throw refusedAsChanged(
        `zip holds ${printableName(file.name)}, which its manifest does not list`,
      );
    }
    if (file.uncompressedSize !== data.size) {
      throw refusedAsChanged(`${REVIEW_DATA_PATH} is not the size its manifest says`);
    }
  }
  if (!files.some((file) => file.name === REVIEW_DATA_PATH)) {
    throw new ReviewFileError(
      'missing-file',
      `The review file is missing ${REVIEW_DATA_PATH}, which its manifest lists: it is incomplete, so nothing was imported.`,
    );
  }
  return data;
}

/** review.json must say what the manifest says: the same portfolio, reviewer and moment. */
export function checkDataAgainstManifest(data: ReviewData, manifest: ReviewFileManifest): void {
  if (
    data.portfolioId !== manifest.portfolioId ||
    data.exportedAt !== manifest.exportedAt ||
    !sameJson(data.reviewer, manifest.reviewer)
  ) {
    throw refusedAsChanged(
      `${REVIEW_DATA_PATH} and its manifest disagree on whom it is from or for`,
    );
  }
}

/**
 * Every final report must still be what was signed: its recorded SHA-256 is taken of
 * reportHashText when it is finalised. One changed report refuses the whole file.
 */
export function checkFinalReports(data: ReviewData): void {
  for (const report of data.layer.reports) {
    if (report.state !== 'final') continue;
    if (report.sha256 === null || reportSha256(report) !== report.sha256) {
      throw new ReviewFileError(
        'hash-mismatch',
        `The final report for ${report.month} has been changed since it was signed, so nothing was imported: ask your reviewer to export the review again.`,
      );
    }
  }
}
