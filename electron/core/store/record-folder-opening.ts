import { stat } from 'node:fs/promises';
import type { RecordMeta } from '@shared/domain/record';
import { identityOf, type FileIdentity } from './file-identity';
import { loadRecordFile, recordFilePath, type Loaded } from './record-file';
import type { RecordFolderOptions } from './record-folder-contract';
import { isEntryCurrent, type SummaryCache, type SummaryCacheOptions } from './summary-cache';

export function cacheOptions<T extends RecordMeta, S extends RecordMeta>(
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
export interface OpenedRecord<S> {
  summary: S;
  file: FileIdentity | null;
}

/**
 * One record file at open: its cached summary when the cache still describes the file, else the
 * file read and fully validated (repaired when damaged). The identity is taken before the read,
 * so a change during the read makes the next open read the file again rather than trust it.
 */
export async function openOne<T extends RecordMeta, S extends RecordMeta>(
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
