import {
  REVIEW_DATA_PATH,
  REVIEW_MANIFEST_PATH,
  type ReviewData,
} from '@shared/review/review-file-schema';
import { userErrorFromFs } from '../../errors';
import { writeZipAtomically } from '../../bundle/zip/write-zip-atomically';
import { bufferEntry } from '../../bundle/zip/zip-entry-source';
import { buildReviewManifest } from './build-review-data';

const jsonBytes = (value: unknown) => Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8');

/**
 * Write the `.ctoreview` (format v1, docs/formats.md) at `outPath`: manifest.json first, then
 * review.json. Written beside the destination and renamed over it, so a failure leaves any
 * earlier file there as it was. Answers the file's size in bytes.
 */
export async function writeReviewFile(options: {
  outPath: string;
  data: ReviewData;
  appVersion: string;
}): Promise<void> {
  const { outPath, data, appVersion } = options;
  const review = bufferEntry(REVIEW_DATA_PATH, jsonBytes(data));
  const manifest = buildReviewManifest({ appVersion, data, entry: review });
  const entries = [bufferEntry(REVIEW_MANIFEST_PATH, jsonBytes(manifest)), review];
  try {
    await writeZipAtomically(outPath, entries, { mtime: new Date(data.exportedAt) });
  } catch (error) {
    throw userErrorFromFs(error, 'write the review file', outPath) ?? error;
  }
}
