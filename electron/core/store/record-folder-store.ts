import { access, mkdir, readFile, readdir, rename } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import { touched, type RecordMeta } from '@shared/domain/record';
import { UserError, userErrorFromFs } from '../errors';
import type { Clock } from '../platform';
import { removeLeftoverTempFiles, writeFileAtomic, type AtomicWriteFs } from './atomic-write';
import { BACKUP_INTERVAL_MS } from './backups';
import { fileStamp } from './file-stamp';

/**
 * Records too large or too often saved to live in portfolio.json (reflections): one file each,
 * `<dir>/<id>.json`, so a save rewrites one record, not the portfolio. All are read at open and
 * kept in memory; deleted records stay as tombstone files. The data folder's lock (taken by the
 * portfolio store) makes this process the only writer.
 *
 * Each file is `{ format, schemaVersion, record }`, so a later app can tell and migrate it.
 */
export interface RecordFolderStore<T extends RecordMeta> {
  readonly dir: string;
  /** Grows on every change: a reader that remembers it can tell cheaply whether anything changed. */
  readonly version: number;
  /** Every record, tombstones included, as last saved. Treat as read-only. */
  all(): readonly T[];
  /** The record with `id` (deleted or not), or undefined. */
  find(id: string): T | undefined;
  /** The live record with `id` (or deleted too, with `includeDeleted`); a not-found error for people. */
  get(id: string, options?: { includeDeleted?: boolean }): T;
  /** Save a new record. */
  create(record: T): Promise<T>;
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
  /** Called after every saved change; returns the unsubscribe. */
  onChange(listener: (record: T) => void): () => void;
  /** Wait for pending saves; later changes are refused. */
  close(): Promise<void>;
}

export interface RecordFolderOptions<T extends RecordMeta> {
  dir: string;
  /** The `format` of every file, e.g. 'cto-reflection'. */
  format: string;
  schemaVersion: number;
  schema: z.ZodType<T>;
  /** "reflection": how sentences for people name one record. */
  recordName: string;
  clock: Clock;
  /** For tests: the file operations of atomic writes. */
  fs?: AtomicWriteFs;
}

export interface OpenedRecordFolder<T extends RecordMeta> {
  store: RecordFolderStore<T>;
  /** One sentence when damaged files were found (and kept aside); null otherwise. */
  notice: string | null;
}

/** Earlier versions, one per record: what was on disk before the first save of each hour. */
export const PREVIOUS_FOLDER = '.previous';

/** Ids become file names: letters, digits, - and _ only, so no id can name a path. */
const SAFE_ID = /^[A-Za-z0-9_-]{1,100}$/;
const RECORD_FILE = /^([A-Za-z0-9_-]{1,100})\.json$/;
/** Reading thousands of files at once would exhaust file handles on some systems. */
const READ_CONCURRENCY = 64;

interface StoredFile {
  format: string;
  schemaVersion: number;
  record: unknown;
}

function isStoredFile(value: unknown): value is StoredFile {
  return (
    typeof value === 'object' &&
    value !== null &&
    'format' in value &&
    'schemaVersion' in value &&
    'record' in value &&
    typeof value.schemaVersion === 'number'
  );
}

async function mapLimited<A, B>(
  items: readonly A[],
  limit: number,
  run: (item: A) => Promise<B>,
): Promise<B[]> {
  const results: B[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await run(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

type Loaded<T> =
  | { kind: 'ok'; record: T }
  | { kind: 'restored'; record: T; keptAs: string }
  | { kind: 'lost'; keptAs: string };

class FolderStore<T extends RecordMeta> implements RecordFolderStore<T> {
  readonly dir: string;
  version = 0;
  private readonly records = new Map<string, T>();
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly previousTakenAt = new Map<string, number>();
  private readonly listeners = new Set<(record: T) => void>();
  private closed = false;

  constructor(
    private readonly options: RecordFolderOptions<T>,
    records: readonly T[],
  ) {
    this.dir = options.dir;
    for (const record of records) this.records.set(record.id, record);
  }

  all(): readonly T[] {
    return [...this.records.values()];
  }

  find(id: string): T | undefined {
    return this.records.get(id);
  }

  get(id: string, { includeDeleted = false } = {}): T {
    const record = this.records.get(id);
    if (!record || (record.deletedAt !== null && !includeDeleted)) {
      throw new UserError(
        'not-found',
        `That ${this.options.recordName} no longer exists; it may have been deleted elsewhere. Reload and try again.`,
      );
    }
    return record;
  }

  create(record: T): Promise<T> {
    return this.serialised(record.id, async () => {
      if (!SAFE_ID.test(record.id))
        throw new Error(`Unsafe record id for a file name: ${record.id}`);
      if (this.records.has(record.id))
        throw new Error(`A ${this.options.recordName} ${record.id} already exists.`);
      return this.save(this.options.schema.parse(record));
    });
  }

  change(
    id: string,
    change: (current: T) => Partial<T>,
    { includeDeleted = false } = {},
  ): Promise<T> {
    return this.serialised(id, async () => {
      const current = this.get(id, { includeDeleted });
      const next = touched(current, change(current), this.options.clock.now());
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
    if (this.get(id, { includeDeleted: true }).deletedAt === null) return this.get(id);
    return this.change(id, () => ({ deletedAt: null }) as Partial<T>, { includeDeleted: true });
  }

  onChange(listener: (record: T) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.queues.values()]);
    this.listeners.clear();
  }

  private serialised<R>(id: string, run: () => Promise<R>): Promise<R> {
    if (this.closed)
      return Promise.reject(new Error(`The ${this.options.recordName} store is closed.`));
    const previous = this.queues.get(id) ?? Promise.resolve();
    const result = previous.then(run);
    const tail = result.catch(() => undefined);
    this.queues.set(id, tail);
    void tail.then(() => {
      if (this.queues.get(id) === tail) this.queues.delete(id);
    });
    return result;
  }

  private async save(next: T, current?: T): Promise<T> {
    const path = join(this.dir, `${next.id}.json`);
    try {
      if (current) await this.keepPreviousIfDue(current);
      await writeFileAtomic(path, recordFileText(this.options, next), this.options.fs);
    } catch (error) {
      throw userErrorFromFs(error, `save the ${this.options.recordName}`, path) ?? error;
    }
    this.records.set(next.id, next);
    this.version += 1;
    for (const listener of this.listeners) listener(next);
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
      join(this.dir, PREVIOUS_FOLDER, `${current.id}.json`),
      recordFileText(this.options, current),
      this.options.fs,
    );
    this.previousTakenAt.set(current.id, now);
  }
}

/**
 * One line of JSON, unlike portfolio.json: a rich-text body pretty-printed is twice the bytes,
 * and every autosave writes (and every open reads) them. Any JSON viewer still reads it.
 */
export function recordFileText<T extends RecordMeta>(
  options: Pick<RecordFolderOptions<T>, 'format' | 'schemaVersion'>,
  record: T,
): string {
  return `${JSON.stringify({ format: options.format, schemaVersion: options.schemaVersion, record })}\n`;
}

/** The record a file holds, or the reason it cannot be used. A file from a newer app is refused. */
function parseRecordFile<T extends RecordMeta>(
  options: RecordFolderOptions<T>,
  text: string,
  id: string,
): { ok: true; record: T } | { ok: false } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false };
  }
  if (!isStoredFile(raw) || raw.format !== options.format) return { ok: false };
  if (raw.schemaVersion > options.schemaVersion) {
    throw new UserError(
      'invalid-input',
      `A ${options.recordName} in ${options.dir} was saved by a newer version of CTO Mentor Portfolio: update the app to open this portfolio.`,
    );
  }
  const parsed = options.schema.safeParse(raw.record);
  // A file renamed by hand would otherwise load under another record's id.
  return parsed.success && parsed.data.id === id
    ? { ok: true, record: parsed.data }
    : { ok: false };
}

async function readText(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    // Unreadable counts as damaged: kept aside like any other damaged file.
    return '';
  }
}

async function loadOne<T extends RecordMeta>(
  options: RecordFolderOptions<T>,
  id: string,
  now: Date,
): Promise<Loaded<T>> {
  const path = join(options.dir, `${id}.json`);
  const parsed = parseRecordFile(options, (await readText(path)) ?? '', id);
  if (parsed.ok) return { kind: 'ok', record: parsed.record };
  // Never deleted: moved aside under a name no record can have, then repaired from .previous.
  const keptAs = await unusedPath(join(options.dir, `${id}.corrupt-${fileStamp(now)}`));
  const previousText = await readText(join(options.dir, PREVIOUS_FOLDER, `${id}.json`));
  const previous = previousText === null ? null : parseRecordFile(options, previousText, id);
  await rename(path, keptAs);
  if (!previous?.ok) return { kind: 'lost', keptAs };
  await writeFileAtomic(path, recordFileText(options, previous.record), options.fs);
  return { kind: 'restored', record: previous.record, keptAs };
}

/** `<base>.json`, or `<base>-2.json`... when taken: a damaged file never replaces another. */
async function unusedPath(base: string): Promise<string> {
  for (let n = 1; ; n += 1) {
    const candidate = n === 1 ? `${base}.json` : `${base}-${n}.json`;
    const taken = await access(candidate).then(
      () => true,
      () => false,
    );
    if (!taken) return candidate;
  }
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** The one sentence about damaged files found at open. */
export function damagedRecordsNotice(
  recordName: string,
  dir: string,
  loaded: readonly Loaded<unknown>[],
): string | null {
  const restored = loaded.filter((l) => l.kind === 'restored').length;
  const lost = loaded.filter((l) => l.kind === 'lost').length;
  if (restored + lost === 0) return null;
  const outcome = [
    restored > 0
      ? `${restored} restored from ${restored === 1 ? 'its' : 'their'} earlier copy`
      : '',
    lost > 0 ? `${lost} could not be restored` : '',
  ]
    .filter(Boolean)
    .join(' and ');
  return `${plural(restored + lost, `${recordName} file`)} ${restored + lost === 1 ? 'was' : 'were'} damaged (${outcome}); the damaged files were kept in ${dir} with ".corrupt-" in their names.`;
}

/**
 * Open (creating when missing) a folder of record files: every file read in parallel and
 * validated; a damaged file is moved aside and repaired from its earlier copy when there is one.
 */
export async function openRecordFolderStore<T extends RecordMeta>(
  options: RecordFolderOptions<T>,
): Promise<OpenedRecordFolder<T>> {
  const { dir } = options;
  try {
    await mkdir(join(dir, PREVIOUS_FOLDER), { recursive: true });
    await removeLeftoverTempFiles(dir);
    await removeLeftoverTempFiles(join(dir, PREVIOUS_FOLDER));
    const ids = (await readdir(dir)).flatMap((name) => RECORD_FILE.exec(name)?.[1] ?? []);
    const now = options.clock.now();
    const loaded = await mapLimited(ids, READ_CONCURRENCY, (id) => loadOne(options, id, now));
    const records = loaded.flatMap((l) => (l.kind === 'lost' ? [] : [l.record]));
    return {
      store: new FolderStore(options, records),
      notice: damagedRecordsNotice(options.recordName, dir, loaded),
    };
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw userErrorFromFs(error, `open your ${options.recordName}s`, dir) ?? error;
  }
}
