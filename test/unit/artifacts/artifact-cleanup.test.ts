import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContentStore } from '../../../electron/core/artifacts/content-store';
import { makeTempDir } from '../../support/temp-dir';
import { fixedClock } from '../../support/test-core';
import { filesInStore, openLibrary } from './library-fixture';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let data: string;
beforeEach(async () => {
  temp = await makeTempDir('cto-cleanup-');
  data = join(temp.path, 'data');
});
afterEach(async () => {
  await temp.remove();
});

const inTrash = (day: string, sha256: string) => join(data, 'trash', day, 'artifacts', sha256);

/** What a crash between storing a file and saving its record leaves behind. */
const storeOrphan = (bytes: string) =>
  new ContentStore(join(data, 'artifacts')).put([Buffer.from(bytes)]);

describe('tidying unreferenced files', () => {
  it('moves, on opening, a stored file no record refers to into the trash and removes an interrupted add’s temp file', async () => {
    const first = await openLibrary(data);
    await writeFile(join(temp.path, 'kept.txt'), 'kept');
    const [kept] = await first.library.addPaths([join(temp.path, 'kept.txt')]);
    await first.close();
    const orphan = await storeOrphan('orphan');
    await writeFile(join(data, 'artifacts', `.incoming-123-0123456789ab.tmp`), 'half a file');

    const reopened = await openLibrary(data);
    await reopened.close();
    const sha = kept!.sha256;
    expect(await filesInStore(data)).toEqual([join(sha.slice(0, 2), sha)]);
    expect(await readFile(inTrash('2026-09-01', orphan.sha256), 'utf8')).toBe('orphan');
  });

  it('keeps the file of a deleted artifact, so that undo brings it back', async () => {
    const lib = await openLibrary(data);
    try {
      await writeFile(join(temp.path, 'slides.pdf'), 'slides');
      const [added] = await lib.library.addPaths([join(temp.path, 'slides.pdf')]);
      await lib.store.update((p) => {
        p.artifacts[0]!.deletedAt = '2026-09-02T09:00:00.000Z';
      });
      expect(await lib.library.trashUnreferencedFiles()).toEqual([]);
      expect(await filesInStore(data)).toHaveLength(1);

      await lib.store.update((p) => {
        p.artifacts.splice(0, 1);
      });
      expect(await lib.library.trashUnreferencedFiles()).toEqual([added!.sha256]);
      expect(await filesInStore(data)).toEqual([]);
      expect(await readFile(inTrash('2026-09-01', added!.sha256), 'utf8')).toBe('slides');
    } finally {
      await lib.close();
    }
  });

  it('keeps a file that a kept copy names: a backup, a damaged file, a staged import', async () => {
    const named = {
      backup: await storeOrphan('named by a backup'),
      corrupt: await storeOrphan('named by a damaged file'),
      staging: await storeOrphan('named by a staged import'),
    };
    const orphan = await storeOrphan('named by nothing');
    await mkdir(join(data, 'backups'), { recursive: true });
    await writeFile(
      join(data, 'backups', 'portfolio-2026-08-01T09-00-00-000Z.json'),
      JSON.stringify({ artifacts: [{ sha256: named.backup.sha256 }] }),
    );
    // Truncated in the middle of the record: the hash is still there to be found.
    await writeFile(
      join(data, 'portfolio.corrupt-2026-08-02T09-00-00-000Z.json'),
      `{"artifacts":[{"sha256":"${named.corrupt.sha256}","tit`,
    );
    await mkdir(join(data, '.staging', 'abcdef0123456789', 'data'), { recursive: true });
    await writeFile(
      join(data, '.staging', 'abcdef0123456789', 'data', 'portfolio.json'),
      JSON.stringify({ artifacts: [{ sha256: named.staging.sha256 }] }),
    );

    const lib = await openLibrary(data);
    await lib.close();

    const kept = Object.values(named).map(({ sha256 }) => join(sha256.slice(0, 2), sha256));
    expect(await filesInStore(data)).toEqual(kept.sort());
    expect(await readFile(inTrash('2026-09-01', orphan.sha256), 'utf8')).toBe('named by nothing');
  });

  it('brings a trashed file back when something names it again, and empties the trash only after 30 days', async () => {
    const early = await storeOrphan('trashed early');
    const late = await storeOrphan('trashed late');
    await (await openLibrary(data, undefined, fixedClock('2026-09-01T09:00:00.000Z'))).close();
    // Both are in the trash of 1 September; a backup restored by hand names one again.
    await mkdir(join(data, 'backups'), { recursive: true });
    await writeFile(
      join(data, 'backups', 'portfolio-2026-08-01T09-00-00-000Z.json'),
      JSON.stringify({ artifacts: [{ sha256: late.sha256 }] }),
    );

    await (await openLibrary(data, undefined, fixedClock('2026-09-30T09:00:00.000Z'))).close();
    expect(await filesInStore(data)).toEqual([join(late.sha256.slice(0, 2), late.sha256)]);
    expect(await readFile(inTrash('2026-09-01', early.sha256), 'utf8')).toBe('trashed early');

    await (await openLibrary(data, undefined, fixedClock('2026-10-02T09:00:00.000Z'))).close();
    await expect(readFile(inTrash('2026-09-01', early.sha256))).rejects.toThrow(/ENOENT/);
    expect(await filesInStore(data)).toEqual([join(late.sha256.slice(0, 2), late.sha256)]);
  });

  it('leaves files that are not stored content alone', async () => {
    await mkdir(join(data, 'artifacts', 'ab'), { recursive: true });
    await writeFile(join(data, 'artifacts', 'ab', 'README'), 'a note the user left');
    const lib = await openLibrary(data);
    await lib.close();
    expect(await filesInStore(data)).toEqual([join('ab', 'README')]);
  });
});
