import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireDataLock } from '../../../electron/core/store/data-lock';
import { makeTempDir } from '../../support/temp-dir';
import { openFolder, type OpenedFolder } from './import-fixture';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let folder: OpenedFolder;
beforeEach(async () => {
  temp = await makeTempDir('cto-replace-own-');
  folder = await openFolder(join(temp.path, 'data'));
});
afterEach(async () => {
  await folder.close();
  await temp.remove();
});

describe('replacing the own portfolio’s files (an import’s commit)', () => {
  it('keeps the data folder locked throughout: no other process can step in', async () => {
    let lockedWhileReplacing: unknown = null;
    await folder.workspace.replaceOwn(async () => {
      lockedWhileReplacing = await acquireDataLock(folder.dir).then(
        async (lock) => {
          await lock.release();
          return 'taken';
        },
        (error: unknown) => (error as { code?: string }).code,
      );
    });
    expect(lockedWhileReplacing).toBe('store-locked');
    // …and the reopened portfolio still holds it.
    await expect(acquireDataLock(folder.dir)).rejects.toMatchObject({ code: 'store-locked' });
    await folder.workspace.active().update((draft) => {
      draft.profile.name = 'Still writable';
    });
    expect(folder.workspace.active().get().profile.name).toBe('Still writable');
  });
});
