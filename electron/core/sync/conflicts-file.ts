import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CONFLICTS_FILE_FORMAT, conflictsFileSchema, type Conflict } from '@shared/sync/conflict';
import { UserError, userErrorFromFs } from '../errors';
import { writeFileAtomic } from '../store/atomic-write';
import { toJsonText } from '../store/json-file-adapter';

/** `<data>/conflicts.json`: records changed on two computers, waiting for the user (local only). */
export const CONFLICTS_FILE = 'conflicts.json';

export const conflictsFilePath = (dataDir: string): string => join(dataDir, CONFLICTS_FILE);

export function conflictsFileText(conflicts: readonly Conflict[]): string {
  return toJsonText({ format: CONFLICTS_FILE_FORMAT, formatVersion: 1, conflicts });
}

/** The stored conflicts; none when the file does not exist, null when it is damaged. */
export async function readConflictsIfValid(dataDir: string): Promise<Conflict[] | null> {
  let text: string;
  try {
    text = await readFile(conflictsFilePath(dataDir), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    return null;
  }
  try {
    const parsed = conflictsFileSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data.conflicts : null;
  } catch {
    return null;
  }
}

/** Like readConflictsIfValid, with a sentence for people when the file is damaged. */
export async function readConflicts(dataDir: string): Promise<Conflict[]> {
  const conflicts = await readConflictsIfValid(dataDir);
  if (conflicts === null) {
    throw new UserError(
      'io-error',
      `The list of sync conflicts (${conflictsFilePath(dataDir)}) is damaged: move that file aside and import the other computer's bundle again.`,
    );
  }
  return conflicts;
}

export async function writeConflicts(
  dataDir: string,
  conflicts: readonly Conflict[],
): Promise<void> {
  const path = conflictsFilePath(dataDir);
  try {
    await writeFileAtomic(path, conflictsFileText(conflicts));
  } catch (error) {
    throw userErrorFromFs(error, 'save the list of conflicts', path) ?? error;
  }
}

/**
 * Files that only the other side of a conflict may refer to, which clean-up must keep; null when
 * conflicts.json is damaged (then no file can be known to be unreferenced).
 */
export async function conflictArtifactHashes(dataDir: string): Promise<Set<string> | null> {
  const conflicts = await readConflictsIfValid(dataDir);
  if (conflicts === null) return null;
  return new Set(
    conflicts.flatMap((conflict) =>
      conflict.recordKind === 'artifact' ? [conflict.theirs.sha256] : [],
    ),
  );
}
