import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import { RECORD_ID_PATTERN, isRecordId, touched, type RecordMeta } from '@shared/domain/record';
import { UserError, userErrorFromFs } from '../errors';
import type { Clock } from '../platform';
import { KeyedSerialQueue } from '../serial-queue';
import { removeLeftoverTempFiles, writeFileAtomic } from './atomic-write';
import { BACKUP_INTERVAL_MS } from './backups';
import { readOnlyFolderError } from './folder-access';
import { folderNames } from './folder-names';
import { identityOf, type FileIdentity } from './file-identity';
import { renameLegacyRecordFiles } from './legacy-record-files';
import { mapLimited } from './map-limited';
import {
  PREVIOUS_FOLDER,
  damagedRecordSentence,
  damagedRecordsNotice,
  keepAsideAndRepair,
  loadRecordFile,
  previousCopyPath,
  repairInMemory,
  readRecordFile,
  recordFilePath,
  recordFileText,
  type Loaded,
  type RecordFileOptions,
} from './record-file';
import {
  isEntryCurrent,
  readSummaryCache,
  writeSummaryCache,
  type CachedSummary,
  type SummaryCache,
  type SummaryCacheOptions,
} from './summary-cache';
import { refusal } from '../safe-name';

export { PREVIOUS_FOLDER, recordFileText } from './record-file';

/**
 * Records too large or too often saved to live in portfolio.json (reflections): one file each,
 * `<dir>/<id>.json` (see record-file.ts), so a save rewrites one record, not the portfolio.
 * Deleted records stay as tombstone files. The data folder's lock (taken by the portfolio store)
 * makes this process the only writer.
 *
 * Memory holds what screens list, the summary of every record (`S`: the record without its heavy
 * part), taken at open from the summary cache (see summary-cache.ts) for every file that did not
 * change since; whole records (`T`) are read and validated when asked for, and the last few used
 * are kept.
 */
export interface RecordFolderStore<T extends RecordMeta, S extends RecordMeta> {
  readonly dir: string;
  /** Grows on every change: a reader that remembers it can tell cheaply whether anything changed. */
  readonly version: number;
  /** The summary of every record, tombstones included, as last saved. Treat as read-only. */
  all(): readonly S[];
  /** The summary of the record `id` (deleted or not), or undefined. */
  find(id: string): S | undefined;
  /** The live record's summary (or deleted too, with `includeDeleted`); a not-found error for people. */
  get(id: string, options?: { includeDeleted?: boolean }): S;
  /**
   * The whole record, read from its file and validated (or one of the last few used). A damaged
   * file is kept aside and repaired from its earlier copy when there is one, and the answer is a
   * UserError saying so.
   */
  read(id: string, options?: { includeDeleted?: boolean }): Promise<T>;
  /** Like `read`, for work nobody waits for: null for a damaged file, which is left as it is. */
  readIfValid(id: string): Promise<T | null>;
  /** Save a new record. */
  create(record: T): Promise<T>;
  /**
   * Save `record` exactly as given (validated; no new revision), creating it or replacing the
   * one with its id: for records decided elsewhere, e.g. the version kept when a sync conflict
   * is resolved.
   */
  put(record: T): Promise<T>;
  /**
   * Replace the live record `id` by `change(current)` (which may throw to refuse), as a new
   * revision. Changes to one record run one after another; memory changes only once the file is
   * safely on disk, so a failed save leaves both as they were.
   */
  change(
    id: string,
    change: (current: T) => Partial<T>,
    options?: { includeDeleted?: boolean },
  ): Promise<T>;
  /** Tombstone: the record stays (as a file too) so the deletion can travel and be undone. */
  delete(id: string): Promise<T>;
  /** Undo of delete; a record that is not deleted is returned unchanged. */
  restore(id: string): Promise<T>;
  /** Called with the whole record after every saved (or repaired) change; returns the unsubscribe. */
  onChange(listener: (record: T) => void): () => void;
  /** Wait for pending saves and the cache write; later changes are refused. */
  close(): Promise<void>;
}

export interface RecordFolderOptions<
  T extends RecordMeta,
  S extends RecordMeta,
> extends RecordFileOptions<T> {
  clock: Clock;
  /**
   * Open to read only (the folder cannot be written, or a reading command): nothing is written,
   * a damaged file is left in place (its earlier copy shown instead), every change is refused.
   */
  readOnly?: boolean;
  /** What memory and the summary cache keep of each record. */
  summary: {
    of: (record: T) => S;
    schema: z.ZodType<S>;
    /** Grows whenever `of` changes what it keeps, so older caches are not used. */
    version: number;
  };
}

export interface OpenedRecordFolder<T extends RecordMeta, S extends RecordMeta> {
  store: RecordFolderStore<T, S>;
  /** One sentence when damaged files were found (and kept aside); null otherwise. */
  notice: string | null;
}

/** A record's file: its id (the record id rule) and `.json`. */
const RECORD_FILE = new RegExp(`^(${RECORD_ID_PATTERN.source.slice(1, -1)})\\.json$`);
const READ_CONCURRENCY = 64;
/** Whole records kept after use: the one being edited is read once, not on every autosave. */
const RECENT_RECORDS = 8;

function cacheOptions<T extends RecordMeta, S extends RecordMeta>(
  options: RecordFolderOptions<T, S>,
): SummaryCacheOptions<S> {
  return {
    dir: options.dir,
    format: options.format,
    schemaVersion: options.schemaVersion,
    summaryVersion: options.summary.version,
    summarySchema: options.summary.schema,
    ...(options.fs ? { fs: options.fs } : {}),
  };
}

/** One record at open: its summary, and its file's identity when the summary is known to match. */
interface OpenedRecord<S> {
  summary: S;
  file: FileIdentity | null;
}

class FolderStore<T extends RecordMeta, S extends RecordMeta> implements RecordFolderStore<T, S> {
  readonly dir: string;
  version = 0;
  private readonly summaries = new Map<string, S>();
  /**
   * File identities known to match the summary in memory: only ever one seen BEFORE the bytes it
   * summarises were read. A save forgets its record's identity rather than stat the new file, so
   * an edit slipping in between could never be mistaken for ours; the next open reads that file.
   */
  private readonly identities = new Map<string, FileIdentity>();
  private readonly recent = new Map<string, T>();
  /** Reads and writes of one record run one at a time; different records run side by side. */
  private readonly queues = new KeyedSerialQueue();
  private readonly previousTakenAt = new Map<string, number>();
  private readonly listeners = new Set<(record: T) => void>();
  private cacheWrite: Promise<void> = Promise.resolve();
  private closed = false;

  /**
   * @param cacheStale open read files the summary cache did not describe: the cache is rewritten
   *   by the first save, not at open, so that opening to look writes nothing.
   */
  constructor(
    private readonly options: RecordFolderOptions<T, S>,
    records: readonly OpenedRecord<S>[],
    private cacheStale: boolean,
  ) {
    this.dir = options.dir;
    for (const { summary, file } of records) {
      this.summaries.set(summary.id, summary);
      if (file) this.identities.set(summary.id, file);
    }
  }

  all(): readonly S[] {
    return [...this.summaries.values()];
  }

  find(id: string): S | undefined {
    return this.summaries.get(id);
  }

  get(id: string, { includeDeleted = false } = {}): S {
    const summary = this.summaries.get(id);
    if (!summary || (summary.deletedAt !== null && !includeDeleted)) {
      throw new UserError(
        'not-found',
        `That ${this.options.recordName} no longer exists; it may have been deleted elsewhere. Reload and try again.`,
      );
    }
    return summary;
  }

  read(id: string, options: { includeDeleted?: boolean } = {}): Promise<T> {
    return this.serialised(id, () => this.current(id, options));
  }

  readIfValid(id: string): Promise<T | null> {
    return this.serialised(id, async () => {
      if (!this.summaries.has(id)) return null;
      const kept = this.recent.get(id);
      if (kept) return kept;
      const read = await readRecordFile(this.options, id);
      if (!read.ok) return null;
      this.adopt(read.record);
      return read.record;
    }).catch(() => null);
  }

  create(record: T): Promise<T> {
    return this.writing(record.id, async () => {
      if (!isRecordId(record.id)) throw refusal(record.id);
      if (this.summaries.has(record.id))
        throw new Error(`A ${this.options.recordName} ${record.id} already exists.`);
      return this.save(this.options.schema.parse(record));
    });
  }

  put(record: T): Promise<T> {
    return this.writing(record.id, async () => {
      if (!isRecordId(record.id)) throw refusal(record.id);
      const next = this.options.schema.parse(record);
      const current = this.summaries.has(record.id)
        ? await this.current(record.id, { includeDeleted: true })
        : undefined;
      return this.save(next, current);
    });
  }

  change(
    id: string,
    change: (current: T) => Partial<T>,
    { includeDeleted = false } = {},
  ): Promise<T> {
    return this.writing(id, async () => {
      const current = await this.current(id, { includeDeleted });
      const next = touched(current, change(current), this.options.clock.now());
      // An edit that changes nothing writes nothing (touched answers the record itself).
      if (next === current) return current;
      // Invalid data here is a bug in the caller: refuse it before anything reaches the disk.
      return this.save(this.options.schema.parse(next), current);
    });
  }

  delete(id: string): Promise<T> {
    return this.change(
      id,
      () => ({ deletedAt: this.options.clock.now().toISOString() }) as Partial<T>,
    );
  }

  async restore(id: string): Promise<T> {
    if (this.get(id, { includeDeleted: true }).deletedAt === null) return this.read(id);
    return this.change(id, () => ({ deletedAt: null }) as Partial<T>, { includeDeleted: true });
  }

  onChange(listener: (record: T) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.queues.idle();
    await this.cacheWrite;
    this.listeners.clear();
  }

  /**
   * Rewrite the summary cache with what open learned, after the save that calls it (the write,
   * about a megabyte for 2,000 records, is nobody's wait). A cache that cannot be written only
   * makes the next open slower, so its failure is not the user's problem.
   */
  private rewriteCacheSoon(): void {
    this.cacheStale = false;
    this.cacheWrite = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => {
        const entries: CachedSummary<S>[] = [];
        for (const [id, file] of this.identities) {
          const summary = this.summaries.get(id);
          if (summary) entries.push({ file, summary });
        }
        return writeSummaryCache(cacheOptions(this.options), entries);
      })
      .catch(() => undefined);
  }

  /** The whole record `id`; call it only inside `serialised(id)`. */
  private async current(id: string, options: { includeDeleted?: boolean }): Promise<T> {
    this.get(id, options);
    const kept = this.recent.get(id);
    if (kept) {
      this.remember(kept);
      return kept;
    }
    const read = await readRecordFile(this.options, id);
    if (read.ok) {
      this.remember(read.record);
      this.adopt(read.record);
      return read.record;
    }
    if (this.options.readOnly) {
      const shown = await repairInMemory(this.options, id);
      if (shown.kind === 'restored') return shown.record;
      throw new UserError('io-error', damagedRecordSentence(this.options.recordName, shown));
    }
    let damaged: Exclude<Loaded<T>, { kind: 'ok' }>;
    try {
      damaged = await keepAsideAndRepair(this.options, id, this.options.clock.now());
    } catch (error) {
      throw (
        userErrorFromFs(
          error,
          `open the ${this.options.recordName}`,
          recordFilePath(this.dir, id),
        ) ?? error
      );
    }
    this.identities.delete(id);
    if (damaged.kind === 'restored') {
      this.remember(damaged.record);
      this.replaceSummary(damaged.record);
    } else {
      this.summaries.delete(id);
      this.version += 1;
    }
    throw new UserError('io-error', damagedRecordSentence(this.options.recordName, damaged));
  }

  /**
   * A record read from its file is the truth: when its summary in memory says otherwise (a file
   * changed behind the cache's back in a way stat could not see), the summary follows the file.
   */
  private adopt(record: T): void {
    if (this.summaries.get(record.id)?.revision === record.revision) return;
    this.identities.delete(record.id);
    this.replaceSummary(record);
  }

  private replaceSummary(record: T): void {
    this.summaries.set(record.id, this.options.summary.of(record));
    this.version += 1;
    for (const listener of this.listeners) listener(record);
  }

  private remember(record: T): void {
    this.recent.delete(record.id);
    this.recent.set(record.id, record);
    if (this.recent.size > RECENT_RECORDS) {
      this.recent.delete(this.recent.keys().next().value!);
    }
  }

  /** A change: refused at once when the folder is open to read only. */
  private writing<R>(id: string, run: () => Promise<R>): Promise<R> {
    if (this.options.readOnly && !this.closed) return Promise.reject(readOnlyFolderError());
    return this.serialised(id, run);
  }

  private serialised<R>(id: string, run: () => Promise<R>): Promise<R> {
    if (this.closed)
      return Promise.reject(new Error(`The ${this.options.recordName} store is closed.`));
    return this.queues.run(id, run);
  }

  private async save(next: T, current?: T): Promise<T> {
    const path = recordFilePath(this.dir, next.id);
    try {
      if (current) await this.keepPreviousIfDue(current);
      await writeFileAtomic(path, recordFileText(this.options, next), this.options.fs);
    } catch (error) {
      throw userErrorFromFs(error, `save the ${this.options.recordName}`, path) ?? error;
    }
    this.identities.delete(next.id);
    this.remember(next);
    this.replaceSummary(next);
    if (this.cacheStale) this.rewriteCacheSoon();
    return next;
  }

  /**
   * Before the first save of each hour of a record, its version on disk is kept in `.previous/`:
   * one earlier copy per record, which repairs a damaged file and undoes an unlucky hour of edits.
   */
  private async keepPreviousIfDue(current: T): Promise<void> {
    const now = this.options.clock.now().getTime();
    const last = this.previousTakenAt.get(current.id);
    if (last !== undefined && now - last < BACKUP_INTERVAL_MS) return;
    await writeFileAtomic(
      previousCopyPath(this.dir, current.id),
      recordFileText(this.options, current),
      this.options.fs,
    );
    this.previousTakenAt.set(current.id, now);
  }
}

/**
 * One record file at open: its cached summary when the cache still describes the file, else the
 * file read and fully validated (repaired when damaged). The identity is taken before the read,
 * so a change during the read makes the next open read the file again rather than trust it.
 */
async function openOne<T extends RecordMeta, S extends RecordMeta>(
  options: RecordFolderOptions<T, S>,
  id: string,
  cache: SummaryCache<S> | null,
  now: Date,
): Promise<{ fromCache: boolean; loaded: Loaded<OpenedRecord<S>> }> {
  const stats = await stat(recordFilePath(options.dir, id)).catch(() => null);
  const file = stats ? identityOf(stats) : null;
  const entry = cache?.entries.get(id);
  if (file && cache && isEntryCurrent(entry, file, cache)) {
    return { fromCache: true, loaded: { kind: 'ok', record: { summary: entry.summary, file } } };
  }
  const loaded = await loadRecordFile(options, id, now, options.readOnly);
  if (loaded.kind === 'lost') return { fromCache: false, loaded };
  const summary = options.summary.of(loaded.record);
  return {
    fromCache: false,
    loaded:
      loaded.kind === 'ok'
        ? { kind: 'ok', record: { summary, file } }
        : // A repaired file was written by this open: the next one reads it again.
          { ...loaded, record: { summary, file: null } },
  };
}

/**
 * Open (creating when missing) a folder of record files. Summaries come from the summary cache
 * for files unchanged since it was written; every other file (new, changed, not in the cache, or
 * all of them when the cache is missing or damaged) is read and validated, a damaged one moved
 * aside and repaired from its earlier copy when there is one. The cache is rewritten by the first
 * save. Open to read only, it writes nothing and creates nothing.
 */
export async function openRecordFolderStore<T extends RecordMeta, S extends RecordMeta>(
  options: RecordFolderOptions<T, S>,
): Promise<OpenedRecordFolder<T, S>> {
  const { dir } = options;
  try {
    if (!options.readOnly) {
      await mkdir(join(dir, PREVIOUS_FOLDER), { recursive: true });
      await removeLeftoverTempFiles(dir);
      await removeLeftoverTempFiles(join(dir, PREVIOUS_FOLDER));
    }
    const [names, cache] = await Promise.all([
      // A folder open to read only is not created: missing means no records.
      folderNames(dir),
      readSummaryCache(cacheOptions(options)),
    ]);
    const now = options.clock.now();
    const renamed = options.readOnly ? [] : await renameLegacyRecordFiles(options, names, now);
    const ids = [
      ...new Set([...names.flatMap((name) => RECORD_FILE.exec(name)?.[1] ?? []), ...renamed]),
    ];
    const opened = await mapLimited(ids, READ_CONCURRENCY, (id) =>
      openOne(options, id, cache, now),
    );
    const loaded = opened.map((o) => o.loaded);
    const fromCache = opened.filter((o) => o.fromCache).length;
    // Worth writing when files were read (or entries are gone); an unchanged cache is left alone,
    // and an empty folder without one needs none.
    const learned = fromCache !== opened.length || fromCache !== (cache?.entries.size ?? 0);
    const store = new FolderStore(
      options,
      loaded.flatMap((l) => (l.kind === 'lost' ? [] : [l.record])),
      learned && !options.readOnly,
    );
    return { store, notice: damagedRecordsNotice(options.recordName, dir, loaded) };
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw userErrorFromFs(error, `open your ${options.recordName}s`, dir) ?? error;
  }
}
