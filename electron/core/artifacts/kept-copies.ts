import { createReadStream } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { STAGING_FOLDER } from '../bundle/import/staging';
import { REFLECTIONS_FOLDER } from '../reflections/reflection-store';
import { REVIEWED_FOLDER } from '../reviewed/reviewed-library';
import { BACKUP_FOLDER } from '../store/backups';
import { PREVIOUS_FOLDER } from '../store/record-file';

/** What names a stored file: its SHA-256, in any JSON text (whole, damaged or half written). */
const HASH = /[0-9a-f]{64}/g;
const HASH_LENGTH = 64;

/**
 * Every SHA-256 that a kept copy of the data names: backups, damaged files kept aside
 * (`*.corrupt-*`), earlier copies of reflections, import staging (commit plans and the data
 * waiting in them) and reviewed copies. Restoring any of them must find its files, so none of
 * those files may leave the store. Text is searched rather than parsed, so a damaged copy still
 * counts. Null when a copy could not be read: then nothing may be taken to be unnamed.
 */
export async function hashesNamedByKeptCopies(dataDir: string): Promise<Set<string> | null> {
  const reflections = join(dataDir, REFLECTIONS_FOLDER);
  const files = [
    ...(await jsonFilesIn(join(dataDir, BACKUP_FOLDER), { all: true })),
    ...(await jsonFilesIn(dataDir, { corruptOnly: true })),
    ...(await jsonFilesIn(reflections, { corruptOnly: true })),
    ...(await jsonFilesIn(join(reflections, PREVIOUS_FOLDER), { all: true })),
    ...(await jsonFilesIn(join(dataDir, STAGING_FOLDER), { all: true, recursive: true })),
    ...(await jsonFilesIn(join(dataDir, REVIEWED_FOLDER), { all: true, recursive: true })),
  ];
  if (files.includes(null)) return null;
  const named = new Set<string>();
  for (const file of files) {
    if (file === null || !(await addHashesIn(file, named))) return null;
  }
  return named;
}

/** The files to search in `dir` (none when it does not exist), or [null] when it cannot be read. */
async function jsonFilesIn(
  dir: string,
  which: { all?: boolean; corruptOnly?: boolean; recursive?: boolean },
): Promise<(string | null)[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true, recursive: which.recursive ?? false });
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? [] : [null];
  }
  return entries
    .filter((entry) => entry.isFile())
    .filter((entry) => (which.corruptOnly ? entry.name.includes('.corrupt-') : which.all))
    .filter((entry) => entry.name.endsWith('.json') || entry.name.includes('.corrupt-'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/**
 * Add the hashes `path` names to `named`, reading it as a stream so that memory stays flat
 * whatever its size: a hash cut in two by a chunk boundary is found in the carried-over tail.
 * False when the file could not be read (a file gone meanwhile names nothing).
 */
async function addHashesIn(path: string, named: Set<string>): Promise<boolean> {
  let tail = '';
  try {
    for await (const chunk of createReadStream(path, { encoding: 'latin1' })) {
      const text = tail + (chunk as string);
      for (const match of text.matchAll(HASH)) named.add(match[0]);
      tail = text.slice(-(HASH_LENGTH - 1));
    }
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT';
  }
}
