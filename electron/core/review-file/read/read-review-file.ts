import type { z } from 'zod';
import { describeIssues } from '@shared/contract/errors';
import { BUNDLE_FORMAT, bundleEnvelopeSchema } from '@shared/bundle/bundle-schemas';
import {
  REVIEW_DATA_FORMAT,
  REVIEW_DATA_FORMAT_VERSION,
  REVIEW_DATA_PATH,
  REVIEW_FILE_FORMAT,
  REVIEW_FILE_FORMAT_VERSION,
  REVIEW_MANIFEST_PATH,
  REVIEW_NEWER_FORMAT_MESSAGE,
  reviewDataSchema,
  reviewFileManifestSchema,
  type ReviewData,
  type ReviewFileManifest,
} from '@shared/review/review-file-schema';
import { userErrorFromFs } from '../../errors';
import { shownName } from '../../safe-name';
import {
  CappedJsonCollector,
  checkJsonSize,
  type BundleJsonCaps,
} from '../../bundle/read/bundle-json-caps';
import { badRecordId, readEntry } from '../../bundle/read/read-bundle-entries';
import { parseBundleJson } from '../../bundle/read/safe-json';
import { openBundleZip, type BundleZip } from '../../bundle/zip/open-bundle-zip';
import {
  checkDataAgainstManifest,
  checkFinalReports,
  checkReviewEntries,
} from './review-file-checks';
import { ReviewFileError } from './review-file-error';
import {
  REVIEW_DATA_JSON_CAPS,
  REVIEW_MANIFEST_JSON_CAPS,
  REVIEW_ZIP_LIMITS,
} from './review-json-caps';
import { asReviewFileError } from './review-file-wording';

export interface ReadReviewFileResult {
  manifest: ReviewFileManifest;
  data: ReviewData;
  /** SHA-256 of manifest.json's bytes: it lists review.json's hash, so it names the whole file. */
  manifestSha256: string;
  fileBytes: number;
}

const NOT_A_REVIEW =
  'This file is not a CTO Mentor Portfolio review file (its manifest.json is not one this app writes): choose a .ctoreview file.';
const A_BUNDLE =
  "This file is a candidate's portfolio bundle, not a review file: import it with Import bundle instead.";

/** Format first (is this ours at all?), then version (can we read it?), then the whole schema. */
function validate<T>(
  value: unknown,
  what: string,
  expected: { format: string; version: number },
  schema: z.ZodType<T>,
): T {
  const envelope = bundleEnvelopeSchema.safeParse(value);
  if (!envelope.success || envelope.data.format !== expected.format) {
    const isBundle = envelope.success && envelope.data.format === BUNDLE_FORMAT;
    throw new ReviewFileError('invalid-data', isBundle ? A_BUNDLE : NOT_A_REVIEW);
  }
  if (envelope.data.formatVersion > expected.version) {
    throw new ReviewFileError('newer-format', REVIEW_NEWER_FORMAT_MESSAGE);
  }
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const badId = badRecordId(parsed.error, value);
  throw new ReviewFileError(
    'invalid-data',
    badId === null
      ? `${describeIssues(parsed.error, `The review file's ${what}`)} Nothing was imported.`
      : `The review file's ${what} holds a record id ${shownName(badId)} that this app never makes, so nothing was imported.`,
  );
}

/**
 * One JSON entry: declared size, then bytes counted against the caps and hashed, compared with
 * the manifest's hash when one is given (before parsing: a changed file is told as changed),
 * then parsed.
 */
async function readJsonEntry(
  zip: BundleZip,
  caps: BundleJsonCaps,
  signal: AbortSignal | undefined,
  expectedSha256?: string,
): Promise<{ value: unknown; sha256: string } | null> {
  const entry = zip.files.find((file) => file.name === caps.path);
  if (!entry) return null;
  checkJsonSize(entry.uncompressedSize, caps);
  const collector = new CappedJsonCollector(caps);
  const sha256 = await readEntry(zip, entry, collector.consume, signal);
  if (expectedSha256 !== undefined && sha256 !== expectedSha256) {
    throw new ReviewFileError(
      'hash-mismatch',
      `The file "${caps.path}" in the review file does not match its checksum: it is damaged or was changed, so nothing was imported.`,
    );
  }
  const value = parseBundleJson(collector.take().toString('utf8'), caps.path);
  return { value, sha256 };
}

async function readManifest(zip: BundleZip, signal: AbortSignal | undefined) {
  const read = await readJsonEntry(zip, REVIEW_MANIFEST_JSON_CAPS, signal);
  if (!read) throw new ReviewFileError('missing-file', NOT_A_REVIEW);
  const manifest = validate(
    read.value,
    REVIEW_MANIFEST_PATH,
    { format: REVIEW_FILE_FORMAT, version: REVIEW_FILE_FORMAT_VERSION },
    reviewFileManifestSchema,
  );
  return { manifest, sha256: read.sha256 };
}

async function readChecked(path: string, signal?: AbortSignal): Promise<ReadReviewFileResult> {
  let zip: BundleZip;
  try {
    zip = await openBundleZip(path, REVIEW_ZIP_LIMITS, signal);
  } catch (error) {
    throw userErrorFromFs(error, 'open the review file', path) ?? error;
  }
  try {
    const { manifest, sha256: manifestSha256 } = await readManifest(zip, signal);
    const listed = checkReviewEntries(manifest, zip.files);
    const read = await readJsonEntry(zip, REVIEW_DATA_JSON_CAPS, signal, listed.sha256);
    // checkReviewEntries made sure it is there: this would be a bug.
    if (!read) throw new Error(`No ${REVIEW_DATA_PATH} in a checked review file`);
    const data = validate(
      read.value,
      REVIEW_DATA_PATH,
      { format: REVIEW_DATA_FORMAT, version: REVIEW_DATA_FORMAT_VERSION },
      reviewDataSchema,
    );
    checkDataAgainstManifest(data, manifest);
    checkFinalReports(data);
    return { manifest, data, manifestSha256, fileBytes: zip.fileSize };
  } finally {
    zip.close();
  }
}

/**
 * Read a `.ctoreview` with every check an import makes, writing nothing: the zip's entries and
 * sizes (the bundle's rules and caps), the manifest, review.json counted, hashed against the
 * manifest, parsed and validated (the id rule included), review.json and the manifest agreeing,
 * and every final report still as signed. Throws one sentence (a BundleError with a stable
 * `problem`) at the first problem.
 */
export async function readReviewFile(
  path: string,
  options: { signal?: AbortSignal } = {},
): Promise<ReadReviewFileResult> {
  try {
    return await readChecked(path, options.signal);
  } catch (error) {
    throw asReviewFileError(error);
  }
}
