import { stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  openCore,
  type Core,
  defaultDataDir,
  UserError,
  userErrorFromFs,
  systemClock,
  PORTFOLIO_FILE,
} from '../core';
import { findPackageRoot, readAppVersion } from '../shell-common/package-root';
import { PROGRAM, UsageError, oneLine } from './cli-errors';
import type { CliIo } from './cli-io';

/** `--data DIR`, else $CTO_PORTFOLIO_DATA, else the desktop app's folder; relative to the cwd. */
export function resolveDataDir(flag: string | undefined, command: string, io: CliIo): string {
  if (flag !== undefined && flag.trim() === '') {
    throw new UsageError('Option --data needs a folder.', command);
  }
  const dir =
    flag ??
    defaultDataDir({
      platform: io.platform ?? process.platform,
      env: io.env,
      homedir: io.homedir ?? homedir(),
    });
  return resolve(io.cwd, dir);
}

/** Whether `dir` already holds a portfolio file (valid or not: opening it repairs or refuses it). */
export async function holdsPortfolio(dir: string): Promise<boolean> {
  try {
    await stat(join(dir, PORTFOLIO_FILE));
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return false;
    throw userErrorFromFs(error, 'read the data folder', dir) ?? error;
  }
}

/** Reading and exporting never create a portfolio: a typo in --data must not start an empty one. */
export async function requirePortfolio(dir: string): Promise<void> {
  if (!(await holdsPortfolio(dir))) {
    throw new UserError(
      'not-found',
      `No portfolio in ${dir}: run \`${PROGRAM} init --data ${dir}\` first.`,
    );
  }
}

export function cliAppVersion(): string {
  return readAppVersion(findPackageRoot(import.meta.url));
}

/**
 * Open the core on `dir` (the same code the app runs), use it, and always release the folder's
 * lock. A repair notice (e.g. restored from a backup) is shown on stderr, apart from the output.
 * `readOnly` for the commands that only look: no lock, nothing written (backups included), so
 * they leave the folder byte-identical and work beside the app and on a read-only folder.
 */
export async function withCore<T>(
  dir: string,
  io: CliIo,
  use: (core: Core) => Promise<T>,
  { readOnly = false }: { readOnly?: boolean } = {},
): Promise<T> {
  const core = await openCore({
    dataDir: dir,
    readOnly,
    host: 'browser',
    appVersion: cliAppVersion(),
    clock: io.clock ?? systemClock,
    ...(io.newId ? { newId: io.newId } : {}),
  });
  try {
    const { notice } = await core.handlers['app-info']({});
    if (notice) io.stderr.write(`${PROGRAM}: ${oneLine(notice)}\n`);
    return await use(core);
  } finally {
    await core.close();
  }
}

/**
 * What every command that only looks does: refuse a folder without a portfolio, then read from
 * the core opened read-only (see withCore), so the folder is left byte-identical.
 */
export async function readFromPortfolio<T>(
  dir: string,
  io: CliIo,
  read: (core: Core) => Promise<T>,
): Promise<T> {
  await requirePortfolio(dir);
  return withCore(dir, io, read, { readOnly: true });
}
