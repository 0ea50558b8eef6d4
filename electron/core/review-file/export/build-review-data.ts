import { isLive } from '@shared/domain/record';
import {
  REVIEW_DATA_FORMAT,
  REVIEW_DATA_FORMAT_VERSION,
  REVIEW_FILE_FORMAT,
  REVIEW_FILE_FORMAT_VERSION,
  REVIEW_DATA_PATH,
  reviewDataSchema,
  type ReviewData,
  type ReviewFileManifest,
} from '@shared/review/review-file-schema';
import type { ReviewLayerContent } from '@shared/review/review-layer';
import type { Reviewer } from '@shared/review/roles';
import type { ZipEntrySource } from '../../bundle/zip/zip-entry-source';

/**
 * What the candidate receives of the reviewer's layer: live records only (a review replaces the
 * last one of the same reviewer whole, so a deletion needs no tombstone), and final reports only
 * (a draft is the reviewer's work in progress, not yet theirs to read).
 */
export function layerToSend(layer: ReviewLayerContent): ReviewLayerContent {
  return {
    evaluations: layer.evaluations.filter(isLive),
    threads: layer.threads.filter(isLive),
    attendance: layer.attendance.filter(isLive),
    workStudy: layer.workStudy.filter(isLive),
    reports: layer.reports.filter((report) => isLive(report) && report.state === 'final'),
  };
}

export function buildReviewData(options: {
  portfolioId: string;
  candidateName: string;
  reviewer: Reviewer;
  exportedAt: Date;
  layer: ReviewLayerContent;
}): ReviewData {
  // Parsed as the reader will: a layer this app would refuse is never written.
  return reviewDataSchema.parse({
    format: REVIEW_DATA_FORMAT,
    formatVersion: REVIEW_DATA_FORMAT_VERSION,
    portfolioId: options.portfolioId,
    candidateName: options.candidateName,
    reviewer: options.reviewer,
    exportedAt: options.exportedAt.toISOString(),
    layer: layerToSend(options.layer),
  });
}

/** manifest.json: who, for which portfolio, when, and review.json's size and hash. */
export function buildReviewManifest(options: {
  appVersion: string;
  data: ReviewData;
  entry: ZipEntrySource;
}): ReviewFileManifest {
  const { data, entry } = options;
  return {
    format: REVIEW_FILE_FORMAT,
    formatVersion: REVIEW_FILE_FORMAT_VERSION,
    appVersion: options.appVersion,
    portfolioId: data.portfolioId,
    reviewer: data.reviewer,
    exportedAt: data.exportedAt,
    files: [{ path: REVIEW_DATA_PATH, size: entry.size, sha256: entry.sha256 }],
    signature: null,
  };
}
