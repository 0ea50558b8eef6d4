import { open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '../errors';

export const LOCK_FILE = 'portfolio.lock';

export interface DataLock {
  readonly path: string;
  release(): Promise<void>;
}

/** True when a process with this id runs (EPERM: it runs, as another user). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The pid a lock file holds, or null when it holds none (e.g. its writer died mid-write). */
export function parseLockPid(text: string): number | null {
  const pid = Number(text.trim());
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

async function createLockFile(path: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    await handle.writeFile(String(process.pid));
  } catch (error) {
    // A lock we could not fill in is worse than none: the next start would find it empty.
    await handle.close().catch(() => undefined);
    await rm(path, { force: true });
    throw error;
  }
  await handle.close();
  return true;
}

async function readLockPid(path: string): Promise<number | null> {
  try {
    return parseLockPid(await readFile(path, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** A lock just created by 'wx' may be empty for a moment; give its writer time to fill it in. */
const EMPTY_LOCK_GRACE_MS = 100;

/**
 * Make this process the only writer of `dir`: create `<dir>/portfolio.lock` holding our pid, or
 * refuse when a live process holds it. A lock left by a process that died is removed and created
 * afresh with 'wx'. (Two processes taking over the same stale lock in the same instant could both
 * win; the desktop app's single-instance lock keeps that to a CLI started at that very moment.)
 */
export async function acquireDataLock(dir: string): Promise<DataLock> {
  const path = join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    if (await createLockFile(path)) {
      let released = false;
      return {
        path,
        async release() {
          if (released) return;
          released = true;
          await rm(path, { force: true });
        },
      };
    }
    let holder = await readLockPid(path);
    if (holder === null) {
      await new Promise((resolve) => setTimeout(resolve, EMPTY_LOCK_GRACE_MS));
      holder = await readLockPid(path);
    }
    if (holder !== null && isProcessAlive(holder)) {
      throw new UserError(
        'store-locked',
        `This portfolio is open in another window or program (process ${holder}). Close it and try again.`,
      );
    }
    await rm(path, { force: true });
  }
  throw new UserError(
    'store-locked',
    'This portfolio is being opened by another window or program at the same moment. Close it and try again.',
  );
}
