import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { z } from 'zod';
import { describeIssues } from '@shared/contract/errors';
import {
  BUNDLE_DATA_FORMAT,
  BUNDLE_DATA_FORMAT_VERSION,
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  DATA_PATH,
  MANIFEST_PATH,
  NEWER_FORMAT_MESSAGE,
  bundleDataSchema,
  bundleEnvelopeSchema,
  bundleManifestSchema,
  type BundleData,
  type BundleFile,
  type BundleManifest,
} from '@shared/bundle/bundle-schemas';
import { RECORD_ID_MESSAGE } from '@shared/domain/record';
import { REVIEW_FILE_FORMAT } from '@shared/review/review-file-schema';
import { userErrorFromFs } from '../../errors';
import { shownName } from '../../safe-name';
import { BundleError } from '../bundle-error';
import { checkDataAgainstManifest, checkFilesAgainstManifest } from './bundle-contents-check';
import {
  CappedJsonCollector,
  DATA_JSON_CAPS,
  MANIFEST_JSON_CAPS,
  checkJsonSize,
} from './bundle-json-caps';
import { DEFAULT_BUNDLE_LIMITS, type BundleLimits } from '../zip/bundle-limits';
import { GuardedEntryStream, cancelled } from '../zip/guarded-entry-stream';
import { openBundleZip, type BundleZip, type BundleZipEntry } from '../zip/open-bundle-zip';
import { parseBundleJson } from './safe-json';
import { bundleErrorFromZipRead } from '../zip/zip-read-errors';

export interface ReadBundleOptions extends Partial<BundleLimits> {
  signal?: AbortSignal;
}

/**
 * Receives each listed file's bytes as they are inflated and checked, and must consume the
 * stream. The bytes count as verified only once `readBundleEntries` resolves: on a rejection the
 * caller throws away whatever it wrote (the importer's staging folder).
 */
export type OnBundleEntry = (path: string, stream: Readable) => Promise<void>;

export interface ReadBundleResult {
  manifest: BundleManifest;
  data: BundleData;
  /** Every file but the manifest, as listed and verified. */
  entries: BundleFile[];
}

const SCHEMA_ERROR_WHAT = { [MANIFEST_PATH]: 'manifest.json', [DATA_PATH]: DATA_PATH } as const;

/** Format first (is this ours at all?), then version (can we read it?), then the whole schema. */
function validateJson<T>(
  value: unknown,
  path: typeof MANIFEST_PATH | typeof DATA_PATH,
  expected: { format: string; version: number },
  schema: z.ZodType<T>,
): T {
  const envelope = bundleEnvelopeSchema.safeParse(value);
  if (envelope.success && envelope.data.format === REVIEW_FILE_FORMAT) {
    throw new BundleError(
      'invalid-data',
      'This file is a review from a mentor or instructor (.ctoreview), not a portfolio bundle: open it as a review instead.',
    );
  }
  if (!envelope.success || envelope.data.format !== expected.format) {
    throw new BundleError(
      'invalid-data',
      `This file is not a CTO Mentor Portfolio bundle (its ${path} is not one this app writes): choose a .ctoportfolio file.`,
    );
  }
  if (envelope.data.formatVersion > expected.version) {
    throw new BundleError('newer-format', NEWER_FORMAT_MESSAGE);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const badId = badRecordId(parsed.error, value);
    throw new BundleError(
      'invalid-data',
      badId === null
        ? `${describeIssues(parsed.error, `The bundle's ${SCHEMA_ERROR_WHAT[path]}`)} Nothing was imported.`
        : `The bundle's ${SCHEMA_ERROR_WHAT[path]} holds a record id ${shownName(badId)} that this app never makes, so nothing was imported.`,
    );
  }
  return parsed.data;
}

/**
 * The first id that breaks the record id rule, when one does: named as such (ids become file
 * names, so this is the refusal that matters most), not as the first of the schema's issues.
 */
export function badRecordId(error: z.ZodError, value: unknown): string | null {
  for (const issue of error.issues) {
    if (issue.message !== RECORD_ID_MESSAGE) continue;
    const found = issue.path.reduce<unknown>(
      (at, key) =>
        typeof at === 'object' && at !== null
          ? (at as Record<PropertyKey, unknown>)[key]
          : undefined,
      value,
    );
    if (typeof found === 'string') return found;
  }
  return null;
}

/**
 * Inflate one entry through the guard into `consume`; the inflating error (wrong size, broken
 * deflate data) wins over the consumer's, which is usually only its echo. Answers the bytes'
 * SHA-256. (The review file's reader uses it too.)
 */
export async function readEntry(
  zip: BundleZip,
  entry: BundleZipEntry,
  consume: (stream: Readable) => Promise<void>,
  signal: AbortSignal | undefined,
): Promise<string> {
  if (signal?.aborted) throw cancelled();
  const guard = new GuardedEntryStream(entry.name, entry.uncompressedSize, signal);
  const raw = await zip.openRaw(entry);
  // Set when the reader itself failed (not when it only saw the inflating error come through).
  let readerFailure: { error: unknown } | null = null;
  const consumed = consume(guard).then(
    // A reader that stops early must not stall the inflating: the rest is drained and hashed.
    () => void guard.resume(),
    (error: unknown) => {
      if (!guard.errored) {
        readerFailure = { error };
        guard.destroy(error instanceof Error ? error : new Error(String(error)));
      }
      throw error;
    },
  );
  const [inflated, used] = await Promise.allSettled([pipeline(raw, guard), consumed]);
  if (readerFailure) throw (readerFailure as { error: unknown }).error;
  if (inflated.status === 'rejected') throw bundleErrorFromZipRead(inflated.reason, true);
  if (used.status === 'rejected') throw bundleErrorFromZipRead(used.reason, true);
  return guard.sha256();
}

async function readManifest(zip: BundleZip, signal?: AbortSignal): Promise<BundleManifest> {
  const entry = zip.files.find((file) => file.name === MANIFEST_PATH);
  if (!entry) {
    throw new BundleError(
      'missing-file',
      `This file is not a CTO Mentor Portfolio bundle (it has no ${MANIFEST_PATH}): choose a .ctoportfolio file.`,
    );
  }
  checkJsonSize(entry.uncompressedSize, MANIFEST_JSON_CAPS);
  const collector = new CappedJsonCollector(MANIFEST_JSON_CAPS);
  await readEntry(zip, entry, collector.consume, signal);
  const value = parseBundleJson(collector.take().toString('utf8'), MANIFEST_PATH);
  return validateJson(
    value,
    MANIFEST_PATH,
    { format: BUNDLE_FORMAT, version: BUNDLE_FORMAT_VERSION },
    bundleManifestSchema,
  );
}

function hashMismatch(path: string): BundleError {
  return new BundleError(
    'hash-mismatch',
    `The file "${path}" in the bundle does not match its checksum: the bundle is damaged or was changed, so nothing was imported.`,
  );
}

/** portfolio.json, hashed against the manifest, counted (caps), parsed and validated. */
async function readData(
  zip: BundleZip,
  listed: ReadonlyMap<string, BundleFile>,
  signal: AbortSignal | undefined,
): Promise<{ data: BundleData; bytes: Buffer }> {
  const entry = zip.files.find((file) => file.name === DATA_PATH);
  // checkFilesAgainstManifest already refused a bundle without it: this is a bug.
  if (!entry) throw new Error(`No ${DATA_PATH} in a checked bundle`);
  checkJsonSize(entry.uncompressedSize, DATA_JSON_CAPS);
  const collector = new CappedJsonCollector(DATA_JSON_CAPS);
  const sha256 = await readEntry(zip, entry, collector.consume, signal);
  if (sha256 !== listed.get(DATA_PATH)?.sha256) throw hashMismatch(DATA_PATH);
  // Counted before anything is built: a file over the record caps stops here.
  const bytes = collector.take();
  const value = parseBundleJson(bytes.toString('utf8'), DATA_PATH);
  const data = validateJson(
    value,
    DATA_PATH,
    { format: BUNDLE_DATA_FORMAT, version: BUNDLE_DATA_FORMAT_VERSION },
    bundleDataSchema,
  );
  return { data, bytes };
}

/**
 * Read a bundle with every check an import makes, handing each listed file to `onEntry` as it is
 * inflated: names and declared sizes from the central directory first, then the manifest, then
 * each file counted and hashed against the manifest, then portfolio.json parsed and validated.
 * Writes nothing itself. Throws a BundleError (one sentence, a stable `problem`) at the first
 * problem, or a UserError when the file cannot be read at all.
 */
export async function readBundleEntries(
  path: string,
  onEntry: OnBundleEntry,
  options: ReadBundleOptions = {},
): Promise<ReadBundleResult> {
  const { signal, ...caps } = options;
  const limits: BundleLimits = { ...DEFAULT_BUNDLE_LIMITS, ...caps };
  let zip: BundleZip;
  try {
    zip = await openBundleZip(path, limits, signal);
  } catch (error) {
    throw userErrorFromFs(error, 'open the bundle', path) ?? error;
  }
  try {
    const manifest = await readManifest(zip, signal);
    const listed = checkFilesAgainstManifest(manifest, zip.files);
    // The data is read and validated before any other file is handed over, wherever it sits in
    // the zip: a bundle refused for its data (an id that could name a path) stages nothing.
    const data = await readData(zip, listed, signal);
    await onEntry(DATA_PATH, Readable.from([data.bytes]));
    for (const entry of zip.files) {
      if (entry.name === MANIFEST_PATH || entry.name === DATA_PATH) continue;
      const sha256 = await readEntry(zip, entry, (stream) => onEntry(entry.name, stream), signal);
      if (sha256 !== listed.get(entry.name)?.sha256) throw hashMismatch(entry.name);
    }
    checkDataAgainstManifest(data.data, listed, manifest);
    return { manifest, data: data.data, entries: manifest.files };
  } finally {
    zip.close();
  }
}
