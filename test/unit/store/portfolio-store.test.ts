import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../support/temp-dir';
import { UserError } from '../../../electron/core/errors';
import {
  manualClock,
  openTestStore,
  portfolioPath,
  readPortfolioFile,
  tempFilesIn,
  testPortfolio,
} from './store-fixtures';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeEach(async () => {
  temp = await makeTempDir('cto-store-');
});
afterEach(() => temp.remove());

describe('portfolio store', () => {
  it('creates the folder and saves the initial portfolio when there is none', async () => {
    const dir = join(temp.path, 'nested', 'data');
    const { store, notice } = await openTestStore(dir);
    await store.close();

    expect(notice).toBeNull();
    expect(await readPortfolioFile(dir)).toEqual(testPortfolio());
  });

  it('keeps a change across close and reopen, and the file on disk holds it', async () => {
    const first = await openTestStore(temp.path);
    const returned = await first.store.update((draft) => {
      draft.profile.name = 'Ada Lovelace';
      return draft.profile.name.length;
    });
    await first.store.close();

    expect(returned).toBe(12);
    expect((await readPortfolioFile(temp.path)).profile.name).toBe('Ada Lovelace');
    const second = await openTestStore(temp.path);
    expect(second.store.get()).toEqual(first.store.get());
    expect(second.store.get().profile.name).toBe('Ada Lovelace');
    await second.store.close();
  });

  it('applies updates one after another in the order they were asked for', async () => {
    const { store } = await openTestStore(temp.path);
    await Promise.all(
      ['a', 'b', 'c', 'd'].map((letter) =>
        store.update((draft) => {
          draft.profile.name += letter;
        }),
      ),
    );
    await store.close();

    expect((await readPortfolioFile(temp.path)).profile.name).toBe('abcd');
  });

  it('leaves memory and disk unchanged when the change throws', async () => {
    const { store } = await openTestStore(temp.path);
    const before = await readFile(portfolioPath(temp.path));

    await expect(
      store.update((draft) => {
        draft.profile.name = 'half-done';
        throw new Error('change failed');
      }),
    ).rejects.toThrow('change failed');

    expect(store.get().profile.name).toBe('');
    expect(await readFile(portfolioPath(temp.path))).toEqual(before);
    await store.close();
  });

  it('refuses a change that makes the data invalid and saves nothing', async () => {
    const { store } = await openTestStore(temp.path);
    const before = await readFile(portfolioPath(temp.path));

    await expect(
      store.update((draft) => {
        draft.portfolioId = '';
      }),
    ).rejects.toThrow();

    expect(store.get().portfolioId).toBe(testPortfolio().portfolioId);
    expect(await readFile(portfolioPath(temp.path))).toEqual(before);
    // The queue goes on after a refused change.
    await store.update((draft) => {
      draft.profile.name = 'after';
    });
    expect((await readPortfolioFile(temp.path)).profile.name).toBe('after');
    await store.close();
  });

  it('keeps the previous file byte-identical and leaves no temp file when a save fails halfway', async () => {
    // Root ignores read-only permissions, so the failure is injected: the file system accepts
    // half of the bytes, then reports a full disk.
    const fs = await import('node:fs/promises');
    let diskFull = false;
    const openFillingTheDisk: typeof fs.open = async (...args: Parameters<typeof fs.open>) => {
      const handle = await fs.open(...args);
      if (!diskFull) return handle;
      return Object.assign(handle, {
        writeFile: async (data: string | Uint8Array) => {
          await handle.write(String(data).slice(0, String(data).length / 2));
          throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        },
      });
    };
    const { store } = await openTestStore(temp.path, manualClock(), {
      fs: { ...fs, open: openFillingTheDisk },
    });
    await store.update((draft) => {
      draft.profile.name = 'saved before';
    });
    const before = await readFile(portfolioPath(temp.path));

    diskFull = true;
    const failure = await store
      .update((draft) => {
        draft.profile.name = 'never saved';
      })
      .catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(UserError);
    expect(failure).toMatchObject({ code: 'disk-full' });
    expect((failure as Error).message).toBe(
      'Could not save your portfolio: the disk is full. Free some space and try again.',
    );
    expect(store.get().profile.name).toBe('saved before');
    expect(await readFile(portfolioPath(temp.path))).toEqual(before);
    expect(await tempFilesIn(temp.path)).toEqual([]);
    await store.close();
  });

  it('says so in a sentence when the data folder cannot be created', async () => {
    // A folder inside a regular file can never be created, even by root.
    const blocker = join(temp.path, 'not-a-folder');
    await writeFile(blocker, 'just a file');

    await expect(openTestStore(join(blocker, 'data'))).rejects.toMatchObject({
      name: 'UserError',
      message: `Could not open your portfolio: part of ${join(blocker, 'data')} is a file, not a folder. Choose a folder.`,
    });
  });

  it('refuses updates after close', async () => {
    const { store } = await openTestStore(temp.path);
    await store.close();

    await expect(store.update(() => undefined)).rejects.toThrow('closed');
  });
});
