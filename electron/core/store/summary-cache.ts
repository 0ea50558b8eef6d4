import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { RecordMeta } from '@shared/domain/record';
import { writeFileAtomic, type AtomicWriteFs } from './atomic-write';
import { fileIdentitySchema, sameIdentity, type FileIdentity } from './file-identity';

/**
 * The summary cache of a record folder, `<dir>/index.cache.json`: per record, the identity its
 * file had (see file-identity.ts) and the record without its heavy part (a reflection without its
 * body), so that opening a folder of thousands of records reads one file instead of all of them.
 *
 * It is only ever a cache: the record files stay the truth. An entry is used only while its file
 * still has the recorded identity; anything missing, changed, unreadable or from another version
 * means "read the file". The name has a dot before `.json`, which no record id can have, so no
 * version of the app mistakes it for a record (or for a damaged one).
 */
export const SUMMARY_CACHE_FILE = 'index.cache.json';
const CACHE_FORMAT = 'cto-record-summaries';
const CACHE_VERSION = 1;

export interface SummaryCacheOptions<S extends RecordMeta> {
  dir: string;
  /** The record files' format and schema version: a migration makes every entry stale. */
  format: string;
  schemaVersion: number;
  /** Grows whenever what a summary holds changes (e.g. a longer excerpt). */
  summaryVersion: number;
  summarySchema: z.ZodType<S>;
  fs?: AtomicWriteFs;
}

export interface CachedSummary<S> {
  file: FileIdentity;
  summary: S;
}

export interface SummaryCache<S> {
  entries: Map<string, CachedSummary<S>>;
  /** The cache file's own modification time, on the file system's clock. */
  writtenAtMs: number;
}

const cacheFileSchema = z.object({
  format: z.literal(CACHE_FORMAT),
  version: z.literal(CACHE_VERSION),
  records: z.object({
    format: z.string(),
    schemaVersion: z.number(),
    summaryVersion: z.number(),
  }),
  entries: z.array(z.unknown()),
});

export const summaryCachePath = (dir: string): string => join(dir, SUMMARY_CACHE_FILE);

/**
 * The cache, every entry validated; null when it is missing, damaged or of another version (the
 * caller then reads every file, as without a cache). An invalid entry is left out on its own.
 */
export async function readSummaryCache<S extends RecordMeta>(
  options: SummaryCacheOptions<S>,
): Promise<SummaryCache<S> | null> {
  let text: string;
  let writtenAtMs: number;
  try {
    const handle = await open(summaryCachePath(options.dir), 'r');
    try {
      // The time from the same open file as the bytes, so both describe one version of it.
      writtenAtMs = (await handle.stat()).mtimeMs;
      text = await handle.readFile('utf8');
    } finally {
      await handle.close();
    }
  } catch {
    return null;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = cacheFileSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { records } = parsed.data;
  if (
    records.format !== options.format ||
    records.schemaVersion !== options.schemaVersion ||
    records.summaryVersion !== options.summaryVersion
  )
    return null;
  const entrySchema = z.object({ file: fileIdentitySchema, summary: options.summarySchema });
  const entries = new Map<string, CachedSummary<S>>();
  for (const candidate of parsed.data.entries) {
    const entry = entrySchema.safeParse(candidate);
    if (entry.success) entries.set(entry.data.summary.id, entry.data as CachedSummary<S>);
  }
  return { entries, writtenAtMs };
}

/**
 * Whether `entry` still describes the file, whose identity is `now`. A file modified no earlier
 * than the cache was written is read anyway: on file systems that keep modification times to the
 * second (FAT, HFS+), an edit in the same second as the cache could leave every stat field as
 * recorded ("racily clean", as git calls it).
 */
export function isEntryCurrent<S>(
  entry: CachedSummary<S> | undefined,
  now: FileIdentity,
  cache: SummaryCache<S>,
): entry is CachedSummary<S> {
  return entry !== undefined && sameIdentity(entry.file, now) && now.mtimeMs < cache.writtenAtMs;
}

/** Replace the cache atomically with `entries` (one line of JSON). */
export async function writeSummaryCache<S extends RecordMeta>(
  options: SummaryCacheOptions<S>,
  entries: readonly CachedSummary<S>[],
): Promise<void> {
  const text = JSON.stringify({
    format: CACHE_FORMAT,
    version: CACHE_VERSION,
    records: {
      format: options.format,
      schemaVersion: options.schemaVersion,
      summaryVersion: options.summaryVersion,
    },
    entries,
  });
  await writeFileAtomic(summaryCachePath(options.dir), `${text}\n`, options.fs);
}
