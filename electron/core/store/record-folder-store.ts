import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { RECORD_ID_PATTERN, isRecordId, touched, type RecordMeta } from '@shared/domain/record';
import { UserError, userErrorFromFs } from '../errors';
import { KeyedSerialQueue } from '../serial-queue';
import type {
  OpenedRecordFolder,
  RecordFolderOptions,
  RecordFolderStore,
} from './record-folder-contract';
import { cacheOptions, openOne, type OpenedRecord } from './record-folder-opening';
import { removeLeftoverTempFiles, writeFileAtomic } from './atomic-write';
import { BACKUP_INTERVAL_MS } from './backups';
import { readOnlyFolderError } from './folder-access';
import { folderNames } from './folder-names';
import type { FileIdentity } from './file-identity';
import { renameLegacyRecordFiles } from './legacy-record-files';
import { mapLimited } from './map-limited';
import {
  PREVIOUS_FOLDER,
  damagedRecordSentence,
  damagedRecordsNotice,
  keepAsideAndRepair,
  previousCopyPath,
  repairInMemory,
  readRecordFile,
  recordFilePath,
  recordFileText,
  type Loaded,
} from './record-file';
import { readSummaryCache, writeSummaryCache, type CachedSummary } from './summary-cache';
import { refusal } from '../safe-name';

export { PREVIOUS_FOLDER, recordFileText } from './record-file';
export type {
  OpenedRecordFolder,
  RecordFolderOptions,
  RecordFolderStore,
} from './record-folder-contract';

/** A record's file: its id (the record id rule) and `.json`. */
const RECORD_FILE = new RegExp(`^(${RECORD_ID_PATTERN.source.slice(1, -1)})\\.json$`);
const READ_CONCURRENCY = 64;
/** Whole records kept after use: the one being edited is read once, not on every autosave. */
const RECENT_RECORDS = 8;

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
