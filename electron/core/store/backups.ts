import { mkdir, readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic, type AtomicWriteFs } from './atomic-write';
import { fileStamp, parseFileStamp } from './file-stamp';

export const BACKUP_FOLDER = 'backups';
export const BACKUPS_KEPT = 10;
/** A save takes a backup (when the data changed) once the newest one is older than this. */
export const BACKUP_INTERVAL_MS = 60 * 60 * 1000;

const PREFIX = 'portfolio-';
const SUFFIX = '.json';

export interface BackupFile {
  path: string;
  takenAt: Date;
}

export function backupFileName(takenAt: Date): string {
  return `${PREFIX}${fileStamp(takenAt)}${SUFFIX}`;
}

/** When the backup was taken, or null for a file that is not one of ours. */
export function backupTakenAt(fileName: string): Date | null {
  if (!fileName.startsWith(PREFIX) || !fileName.endsWith(SUFFIX)) return null;
  return parseFileStamp(fileName.slice(PREFIX.length, -SUFFIX.length));
}

export function isBackupDue(newest: Date | null, now: Date): boolean {
  return newest === null || now.getTime() - newest.getTime() >= BACKUP_INTERVAL_MS;
}

/** Backups beyond the newest `keep`; given newest first. */
export function backupsBeyond<T>(newestFirst: readonly T[], keep = BACKUPS_KEPT): T[] {
  return newestFirst.slice(keep);
}

/**
 * The rolling backups in `<dir>/backups/`. Only files named like a backup are ever listed or
 * removed, so nothing else in the folder (above all the live portfolio.json) can be deleted.
 */
export class RollingBackups {
  readonly folder: string;

  constructor(
    dir: string,
    private readonly fs?: AtomicWriteFs,
  ) {
    this.folder = join(dir, BACKUP_FOLDER);
  }

  /** Newest first; none when the folder does not exist yet. */
  async list(): Promise<BackupFile[]> {
    let names: string[];
    try {
      names = await readdir(this.folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    return names
      .flatMap((name) => {
        const takenAt = backupTakenAt(name);
        return takenAt ? [{ path: join(this.folder, name), takenAt }] : [];
      })
      .sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
  }

  /** Whether the newest backup holds exactly `bytes` (false when there is none or it is unreadable). */
  async newestHolds(bytes: Uint8Array): Promise<boolean> {
    const newest = (await this.list())[0];
    if (!newest) return false;
    const held = await readFile(newest.path).catch(() => null);
    return held !== null && Buffer.compare(held, bytes) === 0;
  }

  /** Save `bytes` as the backup taken at `now`, then drop all but the newest BACKUPS_KEPT. */
  async take(bytes: string | Uint8Array, now: Date): Promise<void> {
    await mkdir(this.folder, { recursive: true });
    await writeFileAtomic(join(this.folder, backupFileName(now)), bytes, this.fs);
    const stale = backupsBeyond(await this.list());
    await Promise.all(stale.map((backup) => rm(backup.path, { force: true })));
  }
}
