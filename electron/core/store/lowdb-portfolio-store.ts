import type { Low } from 'lowdb';
import { portfolioSchema, type Portfolio } from '@shared/domain/portfolio';
import { sameJson } from '@shared/sync/record-content';
import { userErrorFromFs } from '../errors';
import type { Clock } from '../platform';
import { isBackupDue, type RollingBackups } from './backups';
import type { DataLock } from './data-lock';
import { toJsonText } from './json-file-adapter';
import type { PortfolioStore } from './portfolio-store';

export interface LowdbPortfolioStoreParts {
  dir: string;
  /** portfolio.json; lowdb's adapter writes it. */
  file: string;
  db: Low<Portfolio>;
  lock: DataLock;
  backups: RollingBackups;
  lastBackupAt: Date | null;
  clock: Clock;
}

/** An opened data folder: the data in memory (lowdb), one writer at a time, hourly backups. */
export class LowdbPortfolioStore implements PortfolioStore {
  readonly dir: string;
  private lastBackupAt: Date | null;
  /** Every update waits for the one before it, so saves never overlap or reorder. */
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;

  constructor(private readonly parts: LowdbPortfolioStoreParts) {
    this.dir = parts.dir;
    this.lastBackupAt = parts.lastBackupAt;
  }

  get(): Portfolio {
    return this.parts.db.data;
  }

  update<T>(change: (draft: Portfolio) => T): Promise<T> {
    if (this.closed) return Promise.reject(new Error('The portfolio store is closed.'));
    const run = this.queue.then(() => this.applyAndSave(change));
    this.queue = run.catch(() => undefined);
    return run;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await (await this.closeKeepingLock()).release();
  }

  async closeKeepingLock(): Promise<DataLock> {
    this.closed = true;
    await this.queue;
    return this.parts.lock;
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

  /** While the app runs: back up what is on disk before the first save of each hour. */
  private async backupIfDue(): Promise<void> {
    const now = this.parts.clock.now();
    if (!isBackupDue(this.lastBackupAt, now)) return;
    await this.parts.backups.take(toJsonText(this.parts.db.data), now);
    this.lastBackupAt = now;
  }
}
