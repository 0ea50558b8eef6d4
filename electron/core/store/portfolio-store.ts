import type { Portfolio } from '@shared/domain/portfolio';
import type { DataLock } from './data-lock';

/**
 * One portfolio's data folder: `portfolio.json` (lowdb, written atomically), rolling backups and
 * a lock so that only one process writes it.
 */
export interface PortfolioStore {
  readonly dir: string;
  /** Opened to read only, or the folder cannot be written: every change is refused. */
  readonly readOnly: boolean;
  /** The current, validated data. Treat it as read-only; change it through `update`. */
  get(): Portfolio;
  /**
   * Apply `change` to a copy, validate it, and save it atomically. Changes are serialised (one
   * writer). If the change throws or the save fails, memory and disk stay as they were. Before
   * the first save of each hour the file on disk is backed up, unless the newest backup holds it.
   */
  update<T>(change: (draft: Portfolio) => T): Promise<T>;
  /** Release the lock. */
  close(): Promise<void>;
  /**
   * Close without releasing the lock, and hand it over: to open the folder again after its files
   * were replaced (an import) with no moment in which another process could take it.
   */
  closeKeepingLock(): Promise<DataLock>;
}

export interface OpenedStore {
  store: PortfolioStore;
  /** One sentence for the user when something was repaired on open (e.g. restored from a backup). */
  notice: string | null;
  /**
   * portfolio.json was damaged (repaired, or shown from a backup): the data may name fewer
   * artifact files than the folder holds, so no clean-up may run in this open.
   */
  repaired: boolean;
}
