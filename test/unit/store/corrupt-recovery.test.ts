import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../support/temp-dir';
import {
  backupsFolder,
  manualClock,
  openTestStore,
  portfolioPath,
  readPortfolioFile,
  testPortfolio,
} from './store-fixtures';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeEach(async () => {
  temp = await makeTempDir('cto-corrupt-');
});
afterEach(() => temp.remove());

const damages: Record<string, () => Buffer> = {
  'garbage bytes': () => Buffer.from([0x00, 0xff, 0x13, 0x37, 0x80, 0x0a, 0xfe]),
  'truncated JSON': () => Buffer.from(JSON.stringify(testPortfolio()).slice(0, 500)),
  'schema-invalid JSON': () =>
    Buffer.from(JSON.stringify({ ...testPortfolio(), assignments: [{ title: 42 }] })),
};

/** Two launches a day apart, each saving a name: two backups, the newer one holding 'day one'. */
async function portfolioWithBackups(clock = manualClock()): Promise<void> {
  for (const [day, name] of [
    ['2026-09-01T09:00:00.000Z', 'day zero'],
    ['2026-09-02T10:30:00.000Z', 'day one'],
    ['2026-09-03T12:00:00.000Z', 'day two, damaged later'],
  ] as const) {
    clock.set(day);
    const { store } = await openTestStore(temp.path, clock);
    await store.update((draft) => {
      draft.profile.name = name;
    });
    await store.close();
  }
}

describe('opening a damaged portfolio.json', () => {
  for (const [damage, damagedBytes] of Object.entries(damages)) {
    it(`restores the newest good backup and keeps the file with ${damage} aside byte for byte`, async () => {
      const clock = manualClock();
      await portfolioWithBackups(clock);
      const bad = damagedBytes();
      await writeFile(portfolioPath(temp.path), bad);
      clock.set('2026-09-04T08:00:00.000Z');

      const { store, notice } = await openTestStore(temp.path, clock);
      await store.close();

      const keptAs = join(temp.path, 'portfolio.corrupt-2026-09-04T08-00-00-000Z.json');
      expect(await readFile(keptAs)).toEqual(bad);
      // The newest backup (taken at the third launch) holds what the second launch saved.
      expect(store.get().profile.name).toBe('day one');
      expect((await readPortfolioFile(temp.path)).profile.name).toBe('day one');
      expect(notice).toBe(
        `Your portfolio file was damaged, so the backup from 2026-09-03 12:00 UTC was restored; the damaged file was kept as ${keptAs}.`,
      );
    });
  }

  it('skips a damaged backup and restores the next good one', async () => {
    const clock = manualClock();
    await portfolioWithBackups(clock);
    const newest = (await readdir(backupsFolder(temp.path))).sort().at(-1)!;
    await writeFile(join(backupsFolder(temp.path), newest), '{"format":');
    await writeFile(portfolioPath(temp.path), 'not json');

    const { store, notice } = await openTestStore(temp.path, clock);
    await store.close();

    expect(store.get().profile.name).toBe('day zero');
    expect(notice).toContain('the backup from 2026-09-02 10:30 UTC was restored');
  });

  it('starts a fresh portfolio and keeps the damaged file when there is no backup', async () => {
    const bad = Buffer.from('{"format":"cto-portfolio-store","schemaVersion":1,');
    await writeFile(portfolioPath(temp.path), bad);

    const { store, notice } = await openTestStore(temp.path);
    await store.close();

    const keptAs = join(temp.path, 'portfolio.corrupt-2026-09-01T09-00-00-000Z.json');
    expect(await readFile(keptAs)).toEqual(bad);
    expect(await readPortfolioFile(temp.path)).toEqual(testPortfolio());
    expect(notice).toBe(
      `Your portfolio file was damaged and no good backup was found, so a new empty portfolio was started; the damaged file was kept as ${keptAs}.`,
    );
  });

  it('never overwrites an earlier damaged copy kept at the same moment', async () => {
    await writeFile(portfolioPath(temp.path), 'first damage');
    const first = await openTestStore(temp.path);
    await first.store.close();
    await writeFile(portfolioPath(temp.path), 'second damage');

    const second = await openTestStore(temp.path);
    await second.store.close();

    const stamp = '2026-09-01T09-00-00-000Z';
    expect(await readFile(join(temp.path, `portfolio.corrupt-${stamp}.json`), 'utf8')).toBe(
      'first damage',
    );
    expect(await readFile(join(temp.path, `portfolio.corrupt-${stamp}-2.json`), 'utf8')).toBe(
      'second damage',
    );
    expect(second.notice).toContain(`portfolio.corrupt-${stamp}-2.json`);
  });
});
