import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { portfolioSchema, type Portfolio } from '@shared/domain/portfolio';
import { DEFAULT_PROGRAM } from '@shared/program/default-program';
import { newPortfolio } from '@shared/program/new-portfolio';
import type { Clock } from '../../../electron/core/platform';
import {
  openPortfolioStore,
  type OpenPortfolioStoreOptions,
} from '../../../electron/core/store/open-portfolio-store';

export const START = '2026-09-01T09:00:00.000Z';

/** A clock the test moves by hand. */
export function manualClock(
  iso = START,
): Clock & { set(iso: string): void; advanceHours(h: number): void } {
  let now = new Date(iso);
  return {
    now: () => new Date(now),
    set: (next) => (now = new Date(next)),
    advanceHours: (hours) => (now = new Date(now.getTime() + hours * 3_600_000)),
  };
}

/** A valid portfolio made from the default program, with predictable ids. */
export function testPortfolio(now = new Date(START)): Portfolio {
  let n = 0;
  return newPortfolio({ template: DEFAULT_PROGRAM, now, newId: () => `id-${++n}` });
}

export function openTestStore(
  dir: string,
  clock: Clock = manualClock(),
  extra: Partial<OpenPortfolioStoreOptions> = {},
) {
  return openPortfolioStore({
    dir,
    clock,
    createInitial: () => testPortfolio(clock.now()),
    ...extra,
  });
}

export const portfolioPath = (dir: string) => join(dir, 'portfolio.json');

/** What portfolio.json holds, parsed and validated the way any reader would. */
export async function readPortfolioFile(dir: string): Promise<Portfolio> {
  return portfolioSchema.parse(JSON.parse(await readFile(portfolioPath(dir), 'utf8')));
}

/** Names in `dir` that look like temp files of an atomic write. */
export async function tempFilesIn(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((name) => name.endsWith('.tmp'));
}

export const backupsFolder = (dir: string) => join(dir, 'backups');

export async function backupNames(dir: string): Promise<string[]> {
  return (await readdir(backupsFolder(dir))).sort();
}
