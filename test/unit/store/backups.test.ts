import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { snapshotFolder } from '../../support/folder-snapshot';
import { makeTempDir } from '../../support/temp-dir';
import {
  backupNames,
  backupsFolder,
  manualClock,
  openTestStore,
  portfolioPath,
  readPortfolioFile,
} from './store-fixtures';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeEach(async () => {
  temp = await makeTempDir('cto-backups-');
});
afterEach(() => temp.remove());

async function launchAndSave(clock: ReturnType<typeof manualClock>, name: string): Promise<void> {
  const { store } = await openTestStore(temp.path, clock);
  await store.update((draft) => {
    draft.profile.name = name;
  });
  await store.close();
}

describe('rolling backups', () => {
  it('takes no backup at open: opening and closing leaves the folder as it was, lock included', async () => {
    const clock = manualClock('2026-09-01T09:00:00.000Z');
    await launchAndSave(clock, 'first');
    const before = await snapshotFolder(temp.path);

    for (const hours of [2, 30, 24 * 7]) {
      clock.advanceHours(hours);
      const { store } = await openTestStore(temp.path, clock);
      await store.close();
    }

    expect(await snapshotFolder(temp.path)).toEqual(before);
  });

  it('backs up the file as found at the first save once the newest backup is an hour old, and only then', async () => {
    const clock = manualClock('2026-09-01T09:00:00.000Z');
    await launchAndSave(clock, 'first');
    clock.set('2026-09-01T09:10:00.000Z');
    await launchAndSave(clock, 'within the hour');
    expect(await backupNames(temp.path)).toEqual(['portfolio-2026-09-01T09-00-00-000Z.json']);

    clock.set('2026-09-01T10:30:00.000Z');
    const onDisk = await readFile(portfolioPath(temp.path));
    await launchAndSave(clock, 'an hour later');

    expect(await backupNames(temp.path)).toEqual([
      'portfolio-2026-09-01T09-00-00-000Z.json',
      'portfolio-2026-09-01T10-30-00-000Z.json',
    ]);
    expect(
      await readFile(join(backupsFolder(temp.path), 'portfolio-2026-09-01T10-30-00-000Z.json')),
    ).toEqual(onDisk);
  });

  it('adds no backup when the newest one already holds the data, however much later the save', async () => {
    const clock = manualClock('2026-09-01T09:00:00.000Z');
    await launchAndSave(clock, 'kept');
    clock.advanceHours(3);
    // Saving the same name is a no-op edit: nothing is written, so no backup either.
    await launchAndSave(clock, 'kept');
    const names = await backupNames(temp.path);
    expect(names).toHaveLength(1);

    for (let day = 1; day <= 12; day += 1) {
      clock.advanceHours(24);
      await launchAndSave(clock, 'kept');
    }

    expect(await backupNames(temp.path)).toEqual(names);
  });

  it('takes at most one backup an hour while running, of the data before the save', async () => {
    const clock = manualClock('2026-09-01T09:00:00.000Z');
    const { store } = await openTestStore(temp.path, clock);
    const save = (name: string) =>
      store.update((draft) => {
        draft.profile.name = name;
      });
    await save('09:00');
    clock.set('2026-09-01T09:30:00.000Z');
    await save('09:30');
    clock.set('2026-09-01T09:59:59.999Z');
    await save('09:59');
    clock.set('2026-09-01T10:00:00.000Z');
    await save('10:00');
    clock.set('2026-09-01T10:20:00.000Z');
    await save('10:20');
    await store.close();

    expect(await backupNames(temp.path)).toEqual([
      'portfolio-2026-09-01T09-00-00-000Z.json',
      'portfolio-2026-09-01T10-00-00-000Z.json',
    ]);
    const hourly = JSON.parse(
      await readFile(
        join(backupsFolder(temp.path), 'portfolio-2026-09-01T10-00-00-000Z.json'),
        'utf8',
      ),
    );
    expect(hourly.profile.name).toBe('09:59');
    expect((await readPortfolioFile(temp.path)).profile.name).toBe('10:20');
  });

  it('keeps only the newest ten backups and never the live file among them', async () => {
    const clock = manualClock('2026-09-01T09:00:00.000Z');
    for (let launch = 0; launch < 14; launch += 1) {
      clock.advanceHours(24);
      await launchAndSave(clock, `launch ${launch}`);
    }

    const names = await backupNames(temp.path);
    expect(names).toHaveLength(10);
    expect(names[0]).toBe('portfolio-2026-09-06T09-00-00-000Z.json');
    expect(names.at(-1)).toBe('portfolio-2026-09-15T09-00-00-000Z.json');
    expect((await readPortfolioFile(temp.path)).profile.name).toBe('launch 13');
  });
});
