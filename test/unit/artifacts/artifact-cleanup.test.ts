import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContentStore } from '../../../electron/core/artifacts/content-store';
import { makeTempDir } from '../../support/temp-dir';
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

describe('removing unreferenced files', () => {
  it('removes, on opening, a stored file no record refers to and an interrupted add’s temp file', async () => {
    const first = await openLibrary(data);
    await writeFile(join(temp.path, 'kept.txt'), 'kept');
    const [kept] = await first.library.addPaths([join(temp.path, 'kept.txt')]);
    await first.close();
    // What a crash between storing a file and saving its record leaves behind.
    const orphan = await new ContentStore(join(data, 'artifacts')).put([Buffer.from('orphan')]);
    await writeFile(join(data, 'artifacts', `.incoming-123-0123456789ab.tmp`), 'half a file');

    const reopened = await openLibrary(data);
    await reopened.close();
    const sha = kept!.sha256;
    expect(await filesInStore(data)).toEqual([join(sha.slice(0, 2), sha)]);
    expect(orphan.added).toBe(true);
  });

  it('keeps the file of a deleted artifact, so that undo brings it back', async () => {
    const lib = await openLibrary(data);
    try {
      await writeFile(join(temp.path, 'slides.pdf'), 'slides');
      const [added] = await lib.library.addPaths([join(temp.path, 'slides.pdf')]);
      await lib.store.update((p) => {
        p.artifacts[0]!.deletedAt = '2026-09-02T09:00:00.000Z';
      });
      expect(await lib.library.removeUnreferencedFiles()).toEqual([]);
      expect(await filesInStore(data)).toHaveLength(1);

      await lib.store.update((p) => {
        p.artifacts.splice(0, 1);
      });
      expect(await lib.library.removeUnreferencedFiles()).toEqual([added!.sha256]);
      expect(await filesInStore(data)).toEqual([]);
    } finally {
      await lib.close();
    }
  });

  it('leaves files that are not stored content alone', async () => {
    await mkdir(join(data, 'artifacts', 'ab'), { recursive: true });
    await writeFile(join(data, 'artifacts', 'ab', 'README'), 'a note the user left');
    const lib = await openLibrary(data);
    await lib.close();
    expect(await filesInStore(data)).toEqual([join('ab', 'README')]);
  });
});
