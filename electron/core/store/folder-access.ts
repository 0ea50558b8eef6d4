import { UserError } from '../errors';
import { acquireDataLock, type DataLock } from './data-lock';

/** Every change to a data folder that cannot be written is refused with this one sentence. */
export const READ_ONLY_FOLDER_SENTENCE =
  'This data folder is read-only: you can look at your portfolio but not change it; copy it somewhere you can write, or fix its permissions.';

export function readOnlyFolderError(): UserError {
  return new UserError('read-only', READ_ONLY_FOLDER_SENTENCE);
}

/** How a writer takes a folder's lock; tests pass one that fails as a read-only disk does. */
export type LockTaker = (dir: string) => Promise<DataLock>;

/** The errors a folder answers when it cannot be written (permissions, a read-only disk). */
export function isNotWritable(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'EACCES' || code === 'EPERM' || code === 'EROFS';
}

/**
 * Take the folder's lock, or null when the folder cannot be written, in which case it opens
 * read-only. Creating the lock file is the probe: it is the first write any writer makes, it is
 * removed on close, and unlike a permission check it also tells the truth for root and for a
 * read-only disk.
 */
export async function lockUnlessReadOnly(
  dir: string,
  takeLock: LockTaker = acquireDataLock,
): Promise<DataLock | null> {
  try {
    return await takeLock(dir);
  } catch (error) {
    if (isNotWritable(error)) return null;
    throw error;
  }
}
