import { readFile } from 'node:fs/promises';
import type { Low } from 'lowdb';
import { portfolioSchema, type Portfolio } from '@shared/domain/portfolio';
import { sameJson } from '@shared/sync/record-content';
import { userErrorFromFs } from '../errors';
import type { Clock } from '../platform';
import { SerialQueue } from '../serial-queue';
import { isBackupDue, type RollingBackups } from './backups';
import type { DataLock } from './data-lock';
import { readOnlyFolderError } from './folder-access';
import type { PortfolioStore } from './portfolio-store';

export interface LowdbPortfolioStoreParts {
  dir: string;
  /** portfolio.json; lowdb's adapter writes it. */
  file: string;
  db: Low<Portfolio>;
  /** Null when the folder is open to read only: then every change is refused. */
  lock: DataLock | null;
  backups: RollingBackups;
  lastBackupAt: Date | null;
  clock: Clock;
}

/** An opened data folder: the data in memory (lowdb), one writer at a time, hourly backups. */
export class LowdbPortfolioStore implements PortfolioStore {
  readonly dir: string;
  readonly readOnly: boolean;
  private lastBackupAt: Date | null;
  /** Every update waits for the one before it, so saves never overlap or reorder. */
  private readonly saves = new SerialQueue();
  private closed = false;

  constructor(private readonly parts: LowdbPortfolioStoreParts) {
    this.dir = parts.dir;
    this.readOnly = parts.lock === null;
    this.lastBackupAt = parts.lastBackupAt;
  }

  get(): Portfolio {
    return this.parts.db.data;
  }

  update<T>(change: (draft: Portfolio) => T): Promise<T> {
    if (this.closed) return Promise.reject(new Error('The portfolio store is closed.'));
    if (this.readOnly) return Promise.reject(readOnlyFolderError());
    return this.saves.run(() => this.applyAndSave(change));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.saves.idle();
    await this.parts.lock?.release();
  }

  async closeKeepingLock(): Promise<DataLock> {
    const { lock } = this.parts;
    if (!lock) throw readOnlyFolderError();
    this.closed = true;
    await this.saves.idle();
    return lock;
  }

  private async applyAndSave<T>(change: (draft: Portfolio) => T): Promise<T> {
    const { db, file } = this.parts;
    const draft = structuredClone(db.data);
    const result = change(draft);
    // Invalid data here is a bug in the caller: throw before anything reaches the disk.
    const next = portfolioSchema.parse(draft);
    // A change that changes nothing (an edit with the stored values) touches nothing on disk.
    if (sameJson(next, db.data)) return result;
    try {
      await this.backupIfDue();
      // Written through the adapter rather than db.write(), so that get() keeps answering the
      // saved data until the new data is safely on disk.
      await db.adapter.write(next);
    } catch (error) {
      throw userErrorFromFs(error, 'save your portfolio', file) ?? error;
    }
    db.data = next;
    return result;
  }

  /**
   * Before the first save of each hour, back up the file as it is on disk (an older format
   * included, before this save migrates it), unless the newest backup already holds those very
   * bytes: unchanged data never pushes a good backup out of the ten.
   */
  private async backupIfDue(): Promise<void> {
    const now = this.parts.clock.now();
    if (!isBackupDue(this.lastBackupAt, now)) return;
    const { backups, file } = this.parts;
    const onDisk = await readFile(file).catch((error: NodeJS.ErrnoException) => {
      // Removed behind the app's back: there is nothing to back up, and the save restores it.
      if (error.code === 'ENOENT') return null;
      throw error;
    });
    if (onDisk && !(await backups.newestHolds(onDisk))) await backups.take(onDisk, now);
    this.lastBackupAt = now;
  }
}
