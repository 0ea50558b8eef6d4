import { access, readFile, rename } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { portfolioSchema, type Portfolio } from '@shared/domain/portfolio';
import { writeFileAtomic, type AtomicWriteFs } from './atomic-write';
import type { BackupFile, RollingBackups } from './backups';
import { describeMoment, fileStamp } from './file-stamp';
import { DamagedFileError, JsonFileAdapter } from './json-file-adapter';
import { withFittedIds } from './legacy-ids';
import { migrateToCurrent, type MigrationPlan } from './migrations';

/** What portfolio.json turned out to hold when the store opened, and what was done about it. */
export type Opening =
  | { kind: 'loaded'; data: Portfolio; migratedFrom: number | null }
  | { kind: 'created'; data: Portfolio }
  | { kind: 'restored'; data: Portfolio; backup: BackupFile; damagedKeptAs: string | null }
  | { kind: 'started-fresh'; data: Portfolio; damagedKeptAs: string | null };

export interface SettleOptions {
  file: string;
  backups: RollingBackups;
  now: Date;
  createInitial: () => Portfolio;
  migrations: MigrationPlan | undefined;
  fs: AtomicWriteFs | undefined;
  /** Repair in memory only: the damaged file stays where it is (damagedKeptAs is null). */
  readOnly: boolean;
}

/** A portfolio adapter for `path`: migrations before validation, atomic writes. */
export function portfolioAdapter(
  path: string,
  migrations: MigrationPlan | undefined,
  fs: AtomicWriteFs | undefined,
  onMigrated: (fromVersion: number) => void = () => undefined,
): JsonFileAdapter<Portfolio> {
  return new JsonFileAdapter(path, portfolioSchema, {
    fs,
    upgrade: (raw) => {
      const { data, migratedFrom } = migrateToCurrent(raw, path, migrations);
      if (migratedFrom !== null) onMigrated(migratedFrom);
      // Ids from before the id rule, fitted in memory; written by the first save like a migration.
      return withFittedIds(data);
    },
  });
}

/**
 * Read portfolio.json, repairing what can be repaired. Nothing here writes the live file; the
 * caller saves `data` when it is not what the file already holds. A file from a newer app is
 * refused (UserError) and left alone. An older file is migrated in memory only: it is written in
 * the current format by the first save, so that opening to look never rewrites it.
 */
export async function settlePortfolioFile(options: SettleOptions): Promise<Opening> {
  const { file, migrations, fs } = options;
  let migratedFrom: number | null = null;
  const adapter = portfolioAdapter(file, migrations, fs, (from) => (migratedFrom = from));
  try {
    const data = await adapter.read();
    return data
      ? { kind: 'loaded', data, migratedFrom }
      : { kind: 'created', data: options.createInitial() };
  } catch (error) {
    if (!(error instanceof DamagedFileError)) throw error;
  }
  const damagedKeptAs = options.readOnly ? null : await keepDamagedFileAside(file, options.now, fs);
  const restored = await newestValidBackup(options.backups, migrations);
  return restored
    ? { kind: 'restored', data: restored.data, backup: restored.backup, damagedKeptAs }
    : { kind: 'started-fresh', data: options.createInitial(), damagedKeptAs };
}

async function newestValidBackup(
  backups: RollingBackups,
  migrations: MigrationPlan | undefined,
): Promise<{ data: Portfolio; backup: BackupFile } | null> {
  for (const backup of await backups.list()) {
    // A damaged backup, or one from a newer app, is simply not a candidate.
    const data = await portfolioAdapter(backup.path, migrations, undefined)
      .read()
      .catch(() => null);
    if (data) return { data, backup };
  }
  return null;
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/** `portfolio.corrupt-<stamp>.json`, with a counter if that name is taken: never overwrite. */
async function unusedDamagedPath(file: string, now: Date): Promise<string> {
  const base = join(dirname(file), `${basename(file, '.json')}.corrupt-${fileStamp(now)}`);
  for (let n = 1; ; n += 1) {
    const candidate = n === 1 ? `${base}.json` : `${base}-${n}.json`;
    if (!(await exists(candidate))) return candidate;
  }
}

/**
 * Copy the damaged file aside byte for byte (durably), leaving the original in place until the
 * repaired portfolio replaces it atomically: a crash in between finds the damage again and
 * repeats the repair, instead of finding no file and starting over. A file that cannot even be
 * read is moved aside instead.
 */
async function keepDamagedFileAside(
  file: string,
  now: Date,
  fs: AtomicWriteFs | undefined,
): Promise<string> {
  const target = await unusedDamagedPath(file, now);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    await rename(file, target);
    return target;
  }
  await writeFileAtomic(target, bytes, fs);
  return target;
}

/** The one sentence the user sees after the store opened, when something was repaired. */
export function openingNotice(opening: Opening): string | null {
  if (opening.kind !== 'restored' && opening.kind !== 'started-fresh') return null;
  if (opening.damagedKeptAs === null) {
    // Opened to read only: nothing was changed, and the repair waits for a writer.
    return opening.kind === 'restored'
      ? `Your portfolio file is damaged, so the backup from ${describeMoment(opening.backup.takenAt)} is shown; nothing was changed, and the app repairs the file when it opens this folder with permission to write.`
      : `Your portfolio file is damaged and no good backup was found, so an empty portfolio is shown; nothing was changed, and the app repairs the file when it opens this folder with permission to write.`;
  }
  return opening.kind === 'restored'
    ? `Your portfolio file was damaged, so the backup from ${describeMoment(opening.backup.takenAt)} was restored; the damaged file was kept as ${opening.damagedKeptAs}.`
    : `Your portfolio file was damaged and no good backup was found, so a new empty portfolio was started; the damaged file was kept as ${opening.damagedKeptAs}.`;
}
