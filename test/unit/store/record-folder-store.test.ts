import * as fs from 'node:fs/promises';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newRecordMeta } from '@shared/domain/record';
import { NEW_REFLECTION_FIELDS, type Reflection } from '@shared/domain/reflection';
import {
  openReflectionStore,
  reflectionFolderOptions,
} from '../../../electron/core/reflections/reflection-store';
import {
  PREVIOUS_FOLDER,
  openRecordFolderStore,
} from '../../../electron/core/store/record-folder-store';
import { makeTempDir } from '../../support/temp-dir';
import { manualClock } from './store-fixtures';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let clock: ReturnType<typeof manualClock>;
beforeEach(async () => {
  temp = await makeTempDir('cto-records-');
  clock = manualClock();
});
afterEach(() => temp.remove());

const folder = () => join(temp.path, 'reflections');
const fileOf = (id: string) => join(folder(), `${id}.json`);
const readRecord = async (path: string) => JSON.parse(await readFile(path, 'utf8')).record;

function reflection(id: string, title = `Reflection ${id}`): Reflection {
  return { ...newRecordMeta(id, clock.now()), ...NEW_REFLECTION_FIELDS, title, wordCount: 0 };
}

async function open() {
  return openReflectionStore(temp.path, clock);
}

describe('record folder store: saving', () => {
  it('writes one file per record and rewrites only that file on a change', async () => {
    const { store } = await open();
    await store.create(reflection('a'));
    await store.create(reflection('b'));
    const before = await readFile(fileOf('b'), 'utf8');

    const saved = await store.change('a', () => ({ title: 'Budget lessons' }));

    expect(saved.revision).toBe(2);
    expect(await readRecord(fileOf('a'))).toMatchObject({ title: 'Budget lessons', revision: 2 });
    expect(await readFile(fileOf('b'), 'utf8')).toBe(before);
    expect(JSON.parse(before)).toMatchObject({ format: 'cto-reflection', schemaVersion: 1 });
    await store.close();
  });

  it('applies concurrent changes to one record one after another, losing none', async () => {
    const { store } = await open();
    await store.create(reflection('a'));
    await Promise.all([
      store.change('a', () => ({ title: 'one' })),
      store.change('a', (current) => ({ assignmentIds: [...current.assignmentIds, 'x'] })),
      store.change('a', (current) => ({ assignmentIds: [...current.assignmentIds, 'y'] })),
    ]);
    const disk = await readRecord(fileOf('a'));
    expect(disk).toMatchObject({ title: 'one', assignmentIds: ['x', 'y'], revision: 4 });
    await store.close();
  });

  it('keeps memory and disk as they were when the save fails', async () => {
    let failRenames = false;
    const flakyFs = {
      ...fs,
      rename: async (...args: Parameters<typeof fs.rename>) => {
        if (failRenames) throw Object.assign(new Error('ENOSPC: injected'), { code: 'ENOSPC' });
        return fs.rename(...args);
      },
    };
    const { store } = await openRecordFolderStore(
      reflectionFolderOptions(temp.path, clock, flakyFs),
    );
    await store.create(reflection('a'));
    failRenames = true;

    await expect(store.change('a', () => ({ title: 'lost?' }))).rejects.toMatchObject({
      code: 'disk-full',
    });

    expect(store.get('a')).toMatchObject({ title: 'Reflection a', revision: 1 });
    expect(await store.read('a')).toMatchObject({ title: 'Reflection a', revision: 1 });
    expect(await readRecord(fileOf('a'))).toMatchObject({ title: 'Reflection a', revision: 1 });
    await store.close();
  });

  it('deletes by tombstone, keeping the file, and restores', async () => {
    const { store } = await open();
    await store.create(reflection('a'));
    await store.delete('a');
    expect((await readRecord(fileOf('a'))).deletedAt).toBe(clock.now().toISOString());
    expect(() => store.get('a')).toThrow(/no longer exists/);
    const restored = await store.restore('a');
    expect(restored.deletedAt).toBeNull();
    expect((await readRecord(fileOf('a'))).deletedAt).toBeNull();
    await store.close();
  });

  it('refuses an id that could name a path', async () => {
    const { store } = await open();
    await expect(store.create(reflection('../../evil'))).rejects.toThrow(
      /cannot be used as a file name/,
    );
    expect(await readdir(folder())).toEqual([PREVIOUS_FOLDER]);
    await store.close();
  });

  it('keeps the version before the first save of each hour in .previous', async () => {
    const { store } = await open();
    await store.create(reflection('a', 'v1'));
    await store.change('a', () => ({ title: 'v2' }));
    await store.change('a', () => ({ title: 'v3' }));
    const previous = join(folder(), PREVIOUS_FOLDER, 'a.json');
    expect((await readRecord(previous)).title).toBe('v1');

    clock.advanceHours(1);
    await store.change('a', () => ({ title: 'v4' }));
    expect((await readRecord(previous)).title).toBe('v3');
    await store.close();
  });
});

describe('record folder store: opening', () => {
  it('loads every record, tombstones included, and ignores files that are not records', async () => {
    const first = (await open()).store;
    for (const id of ['a', 'b', 'c']) await first.create(reflection(id));
    await first.delete('b');
    await first.close();
    await writeFile(join(folder(), 'notes.txt'), 'mine');
    await writeFile(join(folder(), '.a.json.4242.0123456789ab.tmp'), '{"half');

    const { store, notice } = await open();

    expect(notice).toBeNull();
    expect(
      store
        .all()
        .map((r) => r.id)
        .sort(),
    ).toEqual(['a', 'b', 'c']);
    expect(store.find('b')?.deletedAt).not.toBeNull();
    await store.close();
    // Opening writes nothing: the summary cache waits for the first save.
    expect((await readdir(folder())).sort()).toEqual(
      [PREVIOUS_FOLDER, 'a.json', 'b.json', 'c.json', 'notes.txt'].sort(),
    );
  });

  it('restores a damaged file from its earlier copy, keeps the damaged bytes aside and says so', async () => {
    const first = (await open()).store;
    await first.create(reflection('a', 'v1'));
    await first.change('a', () => ({ title: 'v2' }));
    await first.close();
    await writeFile(fileOf('a'), '{"format":"cto-reflection","schemaVer');

    const { store, notice } = await open();

    expect(store.get('a').title).toBe('v1');
    expect((await readRecord(fileOf('a'))).title).toBe('v1');
    const kept = (await readdir(folder())).filter((n) => n.includes('.corrupt-'));
    expect(kept).toHaveLength(1);
    expect(await readFile(join(folder(), kept[0]!), 'utf8')).toBe(
      '{"format":"cto-reflection","schemaVer',
    );
    expect(notice).toMatch(
      /^1 reflection file was damaged \(1 restored from its earlier copy\); .*\.corrupt-/,
    );
    await store.close();
  });

  it('keeps a damaged file without an earlier copy aside and opens the others', async () => {
    const first = (await open()).store;
    await first.create(reflection('a'));
    await first.create(reflection('b'));
    await first.close();
    const other = { format: 'cto-reflection', schemaVersion: 1, record: { ...reflection('zzz') } };
    await writeFile(fileOf('a'), JSON.stringify(other)); // a valid record, under another id's name

    const { store, notice } = await open();

    expect(store.all().map((r) => r.id)).toEqual(['b']);
    expect(notice).toMatch(/1 could not be restored/);
    expect((await readdir(folder())).some((n) => n.startsWith('a.corrupt-'))).toBe(true);
    await store.close();
  });

  it('refuses a folder whose records were saved by a newer app, changing nothing', async () => {
    await mkdir(folder(), { recursive: true });
    const newer = JSON.stringify({ format: 'cto-reflection', schemaVersion: 99, record: {} });
    await writeFile(fileOf('a'), newer);
    await expect(open()).rejects.toThrow(/newer version/);
    expect(await readFile(fileOf('a'), 'utf8')).toBe(newer);
  });
});
