import { access, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../support/temp-dir';
import {
  migrateToCurrent,
  type MigrationPlan,
  type StoredObject,
} from '../../../electron/core/store/migrations';
import {
  backupNames,
  backupsFolder,
  openTestStore,
  portfolioPath,
  readPortfolioFile,
  testPortfolio,
} from './store-fixtures';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeEach(async () => {
  temp = await makeTempDir('cto-migrate-');
});
afterEach(() => temp.remove());

/**
 * A made-up version 0 of the format, for proving the mechanism: the candidate's name sat at the
 * top level and there was no communication log yet.
 */
function versionZeroFile(candidateName: string): StoredObject {
  const { logEntries: _dropped, profile, ...rest } = testPortfolio();
  const { name: _name, ...profileWithoutName } = profile;
  return { ...rest, schemaVersion: 0, candidateName, profile: profileWithoutName };
}

const zeroToOne: MigrationPlan = {
  currentVersion: 1,
  steps: [
    {
      from: 0,
      migrate: ({ candidateName, profile, ...rest }) => ({
        ...rest,
        profile: { ...(profile as StoredObject), name: candidateName },
        logEntries: [],
      }),
    },
  ],
};

describe('schema migrations', () => {
  it('migrates an older file in memory on open, and the first save backs up the original and writes the current version', async () => {
    const original = JSON.stringify(versionZeroFile('Grace Hopper'));
    await writeFile(portfolioPath(temp.path), original);

    const looking = await openTestStore(temp.path, undefined, { migrations: zeroToOne });
    await looking.store.close();
    const expected = {
      ...testPortfolio(),
      profile: { ...testPortfolio().profile, name: 'Grace Hopper' },
    };
    expect(looking.notice).toBeNull();
    expect(looking.store.get()).toEqual(expected);
    // Opening to look rewrites nothing.
    expect(await readFile(portfolioPath(temp.path), 'utf8')).toBe(original);

    const { store } = await openTestStore(temp.path, undefined, { migrations: zeroToOne });
    await store.update((draft) => {
      draft.profile.organisation = 'Navy';
    });
    await store.close();
    expect(await readPortfolioFile(temp.path)).toEqual({
      ...expected,
      profile: { ...expected.profile, organisation: 'Navy' },
    });
    const [firstBackup] = await backupNames(temp.path);
    expect(await readFile(join(backupsFolder(temp.path), firstBackup!), 'utf8')).toBe(original);
  });

  it('runs the steps one after another up to the current version', () => {
    const plan: MigrationPlan = {
      currentVersion: 3,
      steps: [
        { from: 1, migrate: (data) => ({ ...data, trail: [...(data.trail as string[]), '1→2'] }) },
        { from: 0, migrate: (data) => ({ ...data, trail: ['0→1'] }) },
        { from: 2, migrate: (data) => ({ ...data, trail: [...(data.trail as string[]), '2→3'] }) },
      ],
    };

    expect(migrateToCurrent({ schemaVersion: 0 }, 'portfolio.json', plan)).toEqual({
      data: { schemaVersion: 3, trail: ['0→1', '1→2', '2→3'] },
      migratedFrom: 0,
    });
    expect(migrateToCurrent({ schemaVersion: 3 }, 'portfolio.json', plan)).toEqual({
      data: { schemaVersion: 3 },
      migratedFrom: null,
    });
  });

  it('refuses a file made by a newer app and leaves it byte-identical', async () => {
    const newer = JSON.stringify({ ...testPortfolio(), schemaVersion: 2, somethingNew: true });
    await writeFile(portfolioPath(temp.path), newer);

    await expect(openTestStore(temp.path)).rejects.toMatchObject({
      name: 'UserError',
      message: `${portfolioPath(temp.path)} was made by a newer version of CTO Mentor Portfolio: update the app to open it.`,
    });

    expect(await readFile(portfolioPath(temp.path), 'utf8')).toBe(newer);
    // Nothing taken, nothing kept aside, and the lock released.
    await expect(access(backupsFolder(temp.path))).rejects.toThrow();
    await expect(access(join(temp.path, 'portfolio.lock'))).rejects.toThrow();
  });
});
