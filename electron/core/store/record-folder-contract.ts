import type { z } from 'zod';
import type { RecordMeta } from '@shared/domain/record';
import type { Clock } from '../platform';
import type { RecordFileOptions } from './record-file';

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
