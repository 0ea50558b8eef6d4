import { readFile, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newRecordMeta } from '@shared/domain/record';
import { NEW_REFLECTION_FIELDS, type Reflection } from '@shared/domain/reflection';
import type { RichTextDoc } from '@shared/rich-text/rich-text-schema';
import { openReflectionStore } from '../../../electron/core/reflections/reflection-store';
import { SUMMARY_CACHE_FILE } from '../../../electron/core/store/summary-cache';
import { makeTempDir } from '../../support/temp-dir';
import { manualClock } from './store-fixtures';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let clock: ReturnType<typeof manualClock>;
beforeEach(async () => {
  temp = await makeTempDir('cto-summary-cache-');
  clock = manualClock();
});
afterEach(() => temp.remove());

const folder = () => join(temp.path, 'reflections');
const fileOf = (id: string) => join(folder(), `${id}.json`);
const cachePath = () => join(folder(), SUMMARY_CACHE_FILE);

interface CacheFile {
  entries: {
    file: { size: number; mtimeMs: number; ctimeMs: number; ino: number };
    summary: Reflection;
  }[];
}
const readCache = async (): Promise<CacheFile> => JSON.parse(await readFile(cachePath(), 'utf8'));
const cachedTitles = async () =>
  Object.fromEntries((await readCache()).entries.map((e) => [e.summary.id, e.summary.title]));

/** Change what the cache says about `id` (as if it were stale), keeping everything else. */
async function editCacheEntry(id: string, edit: (entry: CacheFile['entries'][number]) => void) {
  const cache = await readCache();
  const entry = cache.entries.find((e) => e.summary.id === id)!;
  edit(entry);
  await writeFile(cachePath(), JSON.stringify(cache));
}

const body = (text: string): RichTextDoc => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

function reflection(id: string, title = `Reflection ${id}`): Reflection {
  return {
    ...newRecordMeta(id, clock.now()),
    ...NEW_REFLECTION_FIELDS,
    title,
    content: body(`The body of ${id}.`),
    wordCount: 4,
  };
}

const open = () => openReflectionStore(temp.path, clock);

/**
 * The cache is rewritten by the first save of a session whose open read files (opening alone
 * writes nothing): a save of another record, whose own entry is left out (see FolderStore).
 */
async function saveAnother(store: Awaited<ReturnType<typeof open>>['store']) {
  await store.create(reflection('another'));
}

/**
 * Records a..., saved, then one open (which reads them) with a save, which writes the cache,
 * and its close; the other record saved is then removed, leaving the cache exactly for a....
 */
async function folderWithWarmCache(...ids: string[]) {
  const first = (await open()).store;
  for (const id of ids) await first.create(reflection(id));
  await first.close();
  const second = (await open()).store;
  await saveAnother(second);
  await second.close();
  await rm(fileOf('another'));
}

const titles = (store: Awaited<ReturnType<typeof open>>['store']) =>
  Object.fromEntries(store.all().map((r) => [r.id, r.title]));

describe('summary cache: opening with it', () => {
  it('takes the summaries of unchanged files from the cache without reading them', async () => {
    await folderWithWarmCache('a', 'b');
    // Only a cache that is used can show this title: no file holds it.
    await editCacheEntry('a', (e) => (e.summary.title = 'Title only the cache has'));

    const { store, notice } = await open();

    expect(titles(store)).toEqual({ a: 'Title only the cache has', b: 'Reflection b' });
    expect(notice).toBeNull();
    expect(store.get('b')).not.toHaveProperty('content');
    await store.close();
  });

  it('reads a file again when it changed behind the cache, shows its new title, and caches it at the first save', async () => {
    await folderWithWarmCache('a', 'b');
    const changed = { ...reflection('b', 'Edited by hand, a longer title'), revision: 7 };
    await writeFile(
      fileOf('b'),
      JSON.stringify({ format: 'cto-reflection', schemaVersion: 1, record: changed }),
    );
    const cacheBefore = await readFile(cachePath());

    const looking = await open();
    expect(looking.store.get('b')).toMatchObject({
      title: 'Edited by hand, a longer title',
      revision: 7,
    });
    await looking.store.close();
    // Opening to look writes nothing, not even the cache.
    expect(await readFile(cachePath())).toEqual(cacheBefore);

    const { store } = await open();
    await saveAnother(store);
    await store.close();
    expect((await cachedTitles()).b).toBe('Edited by hand, a longer title');
  });

  it('serves the saved revision after a crash that left the cache behind', async () => {
    await folderWithWarmCache('a');
    const running = (await open()).store;
    await running.change('a', () => ({ title: 'Saved just before the crash' }));
    // The crash: the process ends here, nothing else is written. (close() only awaits saves.)

    const { store } = await open();

    expect(store.get('a')).toMatchObject({ title: 'Saved just before the crash', revision: 2 });
    expect((await store.read('a')).revision).toBe(2);
    await store.close();
    await running.close();
  });

  it('reads a file modified no earlier than the cache was written, even when stat shows no change', async () => {
    await folderWithWarmCache('a');
    // An edit in the same second as the cache, on a disk that keeps times to the second, can
    // leave every stat field as recorded; here the cache is made to record them exactly.
    const future = new Date(Date.now() + 60_000);
    await utimes(fileOf('a'), future, future);
    const now = await stat(fileOf('a'));
    await editCacheEntry('a', (e) => {
      e.file = { size: now.size, mtimeMs: now.mtimeMs, ctimeMs: now.ctimeMs, ino: now.ino };
      e.summary.title = 'Stale title';
    });

    const { store } = await open();

    expect(store.get('a').title).toBe('Reflection a');
    await store.close();
  });

  it('opens every record from its file when the cache is damaged, says nothing, and rebuilds it at the first save', async () => {
    await folderWithWarmCache('a', 'b');
    await writeFile(cachePath(), '{"format":"cto-record-summaries","vers');

    const { store, notice } = await open();

    expect(titles(store)).toEqual({ a: 'Reflection a', b: 'Reflection b' });
    expect(notice).toBeNull();
    await saveAnother(store);
    await store.close();
    expect(await cachedTitles()).toEqual({ a: 'Reflection a', b: 'Reflection b' });
    expect((await readdir(folder())).filter((n) => n.includes('.corrupt-'))).toEqual([]);
  });

  it('opens from the files when the cache is missing, and writes one at the first save', async () => {
    await folderWithWarmCache('a');
    await rm(cachePath());

    const { store } = await open();

    expect(titles(store)).toEqual({ a: 'Reflection a' });
    await saveAnother(store);
    await store.close();
    expect(await cachedTitles()).toEqual({ a: 'Reflection a' });
  });

  it('drops the entry of a file that was deleted', async () => {
    await folderWithWarmCache('a', 'b');
    await rm(fileOf('b'));

    const { store } = await open();

    expect(titles(store)).toEqual({ a: 'Reflection a' });
    await saveAnother(store);
    await store.close();
    expect(await cachedTitles()).toEqual({ a: 'Reflection a' });
  });

  it('ignores a cache entry that fails validation and reads that file', async () => {
    await folderWithWarmCache('a');
    await editCacheEntry('a', (e) => {
      e.summary.title = 'Not trusted';
      (e.summary as { revision: unknown }).revision = 'seven';
    });

    const { store } = await open();

    expect(store.get('a').title).toBe('Reflection a');
    await store.close();
  });
});

describe('summary cache: whole records on demand', () => {
  it('reads the body from the file, validated, when a record is asked for', async () => {
    await folderWithWarmCache('a');
    const { store } = await open();

    expect((await store.read('a')).content).toEqual(body('The body of a.'));
    await store.close();
  });

  it('keeps a body damaged after open aside, repairs it from its earlier copy and says so', async () => {
    await folderWithWarmCache('a');
    const first = (await open()).store;
    await first.change('a', () => ({ title: 'Second' })); // the first version goes to .previous
    await first.close();
    const reopened = (await open()).store;
    const hostile = {
      ...reflection('a', 'Second'),
      revision: 2,
      content: {
        type: 'doc',
        content: [{ type: 'script', content: [{ type: 'text', text: 'x' }] }],
      },
    };
    const damaged = JSON.stringify({ format: 'cto-reflection', schemaVersion: 1, record: hostile });
    await writeFile(fileOf('a'), damaged);

    await expect(reopened.read('a')).rejects.toMatchObject({
      code: 'io-error',
      message: expect.stringMatching(
        /^This reflection's file was damaged: it was restored from its earlier copy/,
      ),
    });

    const kept = (await readdir(folder())).filter((n) => n.startsWith('a.corrupt-'));
    expect(kept).toHaveLength(1);
    expect(await readFile(join(folder(), kept[0]!), 'utf8')).toBe(damaged);
    expect(reopened.get('a')).toMatchObject({ title: 'Reflection a', revision: 1 });
    expect((await reopened.read('a')).content).toEqual(body('The body of a.'));
    await reopened.close();
  });

  it('drops a record whose damaged file has no earlier copy, keeping the file aside', async () => {
    await folderWithWarmCache('a', 'b');
    const { store } = await open();
    await writeFile(fileOf('a'), 'not json');

    await expect(store.read('a')).rejects.toMatchObject({
      code: 'io-error',
      message: expect.stringMatching(
        /could not be restored; the damaged file was kept as .*a\.corrupt-/,
      ),
    });

    expect(titles(store)).toEqual({ b: 'Reflection b' });
    expect((await readdir(folder())).some((n) => n.startsWith('a.corrupt-'))).toBe(true);
    await store.close();
  });
});
