import { rename } from 'node:fs/promises';
import type { RecordMeta } from '@shared/domain/record';
import { safeChildPath } from '../safe-name';
import { writeFileAtomic } from './atomic-write';
import { fileStamp } from './file-stamp';
import { fittedId } from './legacy-ids';
import {
  parseRecordFile,
  readText,
  recordFilePath,
  recordFileText,
  type RecordFileOptions,
} from './record-file';

/** The file names records had before the id rule: letters of either case, digits, - and _. */
const LEGACY_RECORD_FILE = /^([A-Za-z0-9_-]{1,100})\.json$/;

/**
 * Record files named by an id that breaks the rule (written before it) are given their fitted
 * id (legacy-ids.ts): the record is written under the new name, and the old file is kept aside as
 * `<old>.renamed-<stamp>.json`, never deleted. Returns the ids of the records so renamed. A file
 * that cannot be read is left where it is. Only for a folder open to write.
 */
export async function renameLegacyRecordFiles<T extends RecordMeta>(
  options: RecordFileOptions<T>,
  names: readonly string[],
  now: Date,
): Promise<string[]> {
  const renamed: string[] = [];
  for (const name of names) {
    const oldId = LEGACY_RECORD_FILE.exec(name)?.[1];
    if (oldId === undefined || fittedId(oldId) === oldId) continue;
    const id = fittedId(oldId);
    const oldPath = safeChildPath(options.dir, name);
    const read = parseRecordFile(options, (await readText(oldPath)) ?? '', id);
    if (!read.ok) continue;
    const target = recordFilePath(options.dir, id);
    // A crash after this write and before the rename leaves both: the next open only renames.
    if ((await readText(target)) === null) {
      await writeFileAtomic(target, recordFileText(options, read.record), options.fs);
    }
    await rename(oldPath, safeChildPath(options.dir, `${oldId}.renamed-${fileStamp(now)}.json`));
    renamed.push(id);
  }
  return renamed;
}
