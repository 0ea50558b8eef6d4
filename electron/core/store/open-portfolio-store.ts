import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import type { Portfolio } from '@shared/domain/portfolio';
import { UserError, userErrorFromFs } from '../errors';
import type { Clock } from '../platform';
import { removeLeftoverTempFiles, type AtomicWriteFs } from './atomic-write';
import { RollingBackups } from './backups';
import { acquireDataLock, type DataLock } from './data-lock';
import { LowdbPortfolioStore } from './lowdb-portfolio-store';
import type { MigrationPlan } from './migrations';
import type { OpenedStore } from './portfolio-store';
import { openingNotice, portfolioAdapter, settlePortfolioFile } from './settle-portfolio-file';

export const PORTFOLIO_FILE = 'portfolio.json';

export interface OpenPortfolioStoreOptions {
  /** The data folder; created when missing. */
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
}

/**
 * Open a portfolio data folder for writing: take its lock, load portfolio.json (migrating an
 * older format, repairing a damaged file from the newest good backup) and take the launch backup.
 */
export async function openPortfolioStore(options: OpenPortfolioStoreOptions): Promise<OpenedStore> {
  const { dir, clock, migrations, fs } = options;
  try {
    await mkdir(dir, { recursive: true });
    const lock = options.lock ?? (await acquireDataLock(dir));
    try {
      const file = join(dir, PORTFOLIO_FILE);
      const backups = new RollingBackups(dir, fs);
      await removeLeftoverTempFiles(dir);
      await removeLeftoverTempFiles(backups.folder);

      const now = clock.now();
      const opening = await settlePortfolioFile({
        file,
        backups,
        now,
        createInitial: options.createInitial,
        migrations,
        fs,
      });
      const adapter = portfolioAdapter(file, migrations, fs);
      if (opening.kind === 'loaded') {
        // The launch backup is the file as found, before a migration rewrites it.
        await backups.take(await readFile(file), now);
      }
      if (opening.kind !== 'loaded' || opening.migratedFrom !== null) {
        await adapter.write(opening.data);
      }
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
      return { store, notice: openingNotice(opening) };
    } catch (error) {
      // The reason the open failed is what the user needs to hear, not a failed clean-up.
      await lock.release().catch(() => undefined);
      throw error;
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw userErrorFromFs(error, 'open your portfolio', dir) ?? error;
  }
}
