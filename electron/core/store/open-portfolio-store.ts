import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import type { Portfolio } from '@shared/domain/portfolio';
import { UserError, userErrorFromFs } from '../errors';
import type { Clock } from '../platform';
import { removeLeftoverTempFiles, type AtomicWriteFs } from './atomic-write';
import { RollingBackups } from './backups';
import type { DataLock } from './data-lock';
import { lockUnlessReadOnly, type LockTaker } from './folder-access';
import { LowdbPortfolioStore } from './lowdb-portfolio-store';
import type { MigrationPlan } from './migrations';
import type { OpenedStore } from './portfolio-store';
import { openingNotice, portfolioAdapter, settlePortfolioFile } from './settle-portfolio-file';

export const PORTFOLIO_FILE = 'portfolio.json';

export interface OpenPortfolioStoreOptions {
  /** The data folder; created when missing (unless opened to read only). */
  dir: string;
  clock: Clock;
  /** The portfolio to start with when the folder holds none. */
  createInitial: () => Portfolio;
  /** For tests: the format's history (default: the app's own migrations). */
  migrations?: MigrationPlan;
  /** For tests: the file operations of atomic writes, e.g. one made to fail. */
  fs?: AtomicWriteFs;
  /** The folder's lock, already held (see PortfolioStore.closeKeepingLock); else it is taken. */
  lock?: DataLock;
  /**
   * Open to read only (the command line's reading commands): no lock, no repair on disk, no
   * write of any kind; every change is refused. A folder that cannot be written opens so anyway.
   */
  readOnly?: boolean;
  /** For tests: how the lock is taken, e.g. failing as on a read-only disk. */
  takeLock?: LockTaker;
}

/**
 * Open a portfolio data folder: take its lock, load portfolio.json (migrating an older format in
 * memory, repairing a damaged file from the newest good backup). Opening writes nothing unless
 * it had to create or repair the file; backups are taken by the first save (see
 * LowdbPortfolioStore). Without the lock (read-only) it writes nothing at all: every file is
 * replaced by atomic renames, so reading beside a writer sees whole files.
 */
export async function openPortfolioStore(options: OpenPortfolioStoreOptions): Promise<OpenedStore> {
  const { dir, clock, migrations, fs } = options;
  try {
    if (!options.readOnly) await mkdir(dir, { recursive: true });
    const lock = options.readOnly
      ? null
      : (options.lock ?? (await lockUnlessReadOnly(dir, options.takeLock)));
    try {
      const file = join(dir, PORTFOLIO_FILE);
      const backups = new RollingBackups(dir, fs);
      if (lock) {
        await removeLeftoverTempFiles(dir);
        await removeLeftoverTempFiles(backups.folder);
      }
      const opening = await settlePortfolioFile({
        file,
        backups,
        now: clock.now(),
        createInitial: options.createInitial,
        migrations,
        fs,
        readOnly: lock === null,
      });
      const adapter = portfolioAdapter(file, migrations, fs);
      if (lock && opening.kind !== 'loaded') await adapter.write(opening.data);
      const newestBackup = (await backups.list())[0];
      const store = new LowdbPortfolioStore({
        dir,
        file,
        db: new Low(adapter, opening.data),
        lock,
        backups,
        lastBackupAt: newestBackup?.takenAt ?? null,
        clock,
      });
      return {
        store,
        notice: openingNotice(opening),
        repaired: opening.kind === 'restored' || opening.kind === 'started-fresh',
      };
    } catch (error) {
      // The reason the open failed is what the user needs to hear, not a failed clean-up.
      await lock?.release().catch(() => undefined);
      throw error;
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw userErrorFromFs(error, 'open your portfolio', dir) ?? error;
  }
}
