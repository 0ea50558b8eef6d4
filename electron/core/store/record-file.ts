import { access, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import { isRecordId, type RecordMeta } from '@shared/domain/record';
import { UserError } from '../errors';
import { writeFileAtomic, type AtomicWriteFs } from './atomic-write';
import { fileStamp } from './file-stamp';
import { refusal, safeChildPath } from '../safe-name';

/**
 * One record file, `<dir>/<id>.json`: `{ format, schemaVersion, record }` on one line, so a later
 * app can tell and migrate it. This module reads (always validating), writes, and repairs one.
 */
export interface RecordFileOptions<T extends RecordMeta> {
  dir: string;
  /** The `format` of every file, e.g. 'cto-reflection'. */
  format: string;
  schemaVersion: number;
  schema: z.ZodType<T>;
  /** "reflection": how sentences for people name one record. */
  recordName: string;
  /** For tests: the file operations of atomic writes. */
  fs?: AtomicWriteFs;
  /** Ids stored before the id rule, fitted before validation (see legacy-ids.ts). */
  fitIds?: (record: unknown) => unknown;
}

/** Earlier versions, one per record: what was on disk before the first save of each hour. */
export const PREVIOUS_FOLDER = '.previous';

/** Ids follow the record id rule; the file's name is checked again where the path is made. */
export const recordFilePath = (dir: string, id: string): string =>
  safeChildPath(dir, `${recordFileId(id)}.json`);

/** The id itself, when it follows the record id rule; a UserError otherwise. */
function recordFileId(id: string): string {
  if (!isRecordId(id)) throw refusal(id);
  return id;
}

/** `<dir>/.previous/<id>.json`: the record's earlier copy. */
export const previousCopyPath = (dir: string, id: string): string =>
  recordFilePath(join(dir, PREVIOUS_FOLDER), id);

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

/**
 * One line of JSON, unlike portfolio.json: a rich-text body pretty-printed is twice the bytes,
 * and every autosave writes (and every open reads) them. Any JSON viewer still reads it.
 */
export function recordFileText<T extends RecordMeta>(
  options: Pick<RecordFileOptions<T>, 'format' | 'schemaVersion'>,
  record: T,
): string {
  return `${JSON.stringify({ format: options.format, schemaVersion: options.schemaVersion, record })}\n`;
}

/** The record a file holds, or the reason it cannot be used. A file from a newer app is refused. */
export function parseRecordFile<T extends RecordMeta>(
  options: RecordFileOptions<T>,
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
  const parsed = options.schema.safeParse(options.fitIds ? options.fitIds(raw.record) : raw.record);
  // A file renamed by hand would otherwise load under another record's id.
  return parsed.success && parsed.data.id === id
    ? { ok: true, record: parsed.data }
    : { ok: false };
}

/** The file's text; null when it does not exist. */
export async function readText(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    // Unreadable counts as damaged: kept aside like any other damaged file.
    return '';
  }
}

/** Read and fully validate one record file; a missing file counts as damaged. */
export async function readRecordFile<T extends RecordMeta>(
  options: RecordFileOptions<T>,
  id: string,
): Promise<{ ok: true; record: T } | { ok: false }> {
  return parseRecordFile(options, (await readText(recordFilePath(options.dir, id))) ?? '', id);
}

/** `keptAs` is null when the folder is open to read only: the damaged file was left in place. */
export type Loaded<T> =
  | { kind: 'ok'; record: T }
  | { kind: 'restored'; record: T; keptAs: string | null }
  | { kind: 'lost'; keptAs: string | null };

/** The record's earlier copy in `.previous`, when there is a valid one. */
async function readPreviousCopy<T extends RecordMeta>(
  options: RecordFileOptions<T>,
  id: string,
): Promise<{ ok: true; record: T } | { ok: false } | null> {
  const text = await readText(previousCopyPath(options.dir, id));
  return text === null ? null : parseRecordFile(options, text, id);
}

/** For a folder open to read only: the earlier copy stands in for a damaged file, in memory. */
export async function repairInMemory<T extends RecordMeta>(
  options: RecordFileOptions<T>,
  id: string,
): Promise<Exclude<Loaded<T>, { kind: 'ok' }>> {
  const previous = await readPreviousCopy(options, id);
  return previous?.ok
    ? { kind: 'restored', record: previous.record, keptAs: null }
    : { kind: 'lost', keptAs: null };
}

/**
 * A damaged record file is never deleted: it is moved aside under a name no record can have,
 * then repaired from its copy in `.previous` when that copy is valid.
 */
export async function keepAsideAndRepair<T extends RecordMeta>(
  options: RecordFileOptions<T>,
  id: string,
  now: Date,
): Promise<Exclude<Loaded<T>, { kind: 'ok' }>> {
  const path = recordFilePath(options.dir, id);
  const keptAs = await unusedPath(
    safeChildPath(options.dir, `${recordFileId(id)}.corrupt-${fileStamp(now)}`),
  );
  const previous = await readPreviousCopy(options, id);
  await rename(path, keptAs);
  if (!previous?.ok) return { kind: 'lost', keptAs };
  await writeFileAtomic(path, recordFileText(options, previous.record), options.fs);
  return { kind: 'restored', record: previous.record, keptAs };
}

/**
 * Read one record file, repairing it (see keepAsideAndRepair) when it is damaged; with
 * `readOnly`, repairing it in memory only (see repairInMemory).
 */
export async function loadRecordFile<T extends RecordMeta>(
  options: RecordFileOptions<T>,
  id: string,
  now: Date,
  readOnly = false,
): Promise<Loaded<T>> {
  const read = await readRecordFile(options, id);
  if (read.ok) return { kind: 'ok', record: read.record };
  return readOnly ? repairInMemory(options, id) : keepAsideAndRepair(options, id, now);
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
  const files = plural(restored + lost, `${recordName} file`);
  if (loaded.some((l) => l.kind !== 'ok' && l.keptAs === null)) {
    const outcomeNow = [
      restored > 0 ? `${restored} shown from ${restored === 1 ? 'its' : 'their'} earlier copy` : '',
      lost > 0 ? `${lost} left out` : '',
    ]
      .filter(Boolean)
      .join(' and ');
    return `${files} in ${dir} ${restored + lost === 1 ? 'is' : 'are'} damaged (${outcomeNow}); nothing was changed, and the app repairs them when it opens this folder with permission to write.`;
  }
  return `${files} ${restored + lost === 1 ? 'was' : 'were'} damaged (${outcome}); the damaged files were kept in ${dir} with ".corrupt-" in their names.`;
}

/** The one sentence when opening one record found its file damaged (and kept it aside). */
export function damagedRecordSentence(
  recordName: string,
  loaded: Exclude<Loaded<unknown>, { kind: 'ok' }>,
): string {
  if (loaded.keptAs === null) {
    return `This ${recordName}'s file is damaged and this folder is open to read only, so it was left as it is; the app repairs it when it opens this folder with permission to write.`;
  }
  return loaded.kind === 'restored'
    ? `This ${recordName}'s file was damaged: it was restored from its earlier copy and the damaged file was kept as ${loaded.keptAs}; open it again.`
    : `This ${recordName}'s file was damaged and could not be restored; the damaged file was kept as ${loaded.keptAs}.`;
}
