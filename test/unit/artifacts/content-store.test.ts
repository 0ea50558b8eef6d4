import { createHash } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContentStore } from '../../../electron/core/artifacts/content-store';
import { makeTempDir } from '../../support/temp-dir';
import { diskFullAfter, filesInStore } from './library-fixture';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeEach(async () => {
  temp = await makeTempDir('cto-content-');
});
afterEach(async () => {
  await temp.remove();
});

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const chunks = (...parts: string[]) => parts.map((p) => Buffer.from(p));

describe('ContentStore', () => {
  it('stores bytes under their SHA-256, in a folder named by its first two digits', async () => {
    const store = new ContentStore(join(temp.path, 'artifacts'));
    const stored = await store.put(chunks('hello ', 'world'));
    const expected = sha(Buffer.from('hello world'));
    expect(stored).toEqual({ sha256: expected, size: 11, added: true });
    expect(await filesInStore(temp.path)).toEqual([join(expected.slice(0, 2), expected)]);
    expect(await readFile(store.pathOf(expected), 'utf8')).toBe('hello world');
  });

  it('stores the same content once, however it is split into chunks', async () => {
    const store = new ContentStore(join(temp.path, 'artifacts'));
    const first = await store.put(chunks('same bytes'));
    const second = await store.put(chunks('same ', 'by', 'tes'));
    expect(second).toEqual({ ...first, added: false });
    expect(await filesInStore(temp.path)).toHaveLength(1);
  });

  it('leaves nothing behind when the disk fills up during the copy', async () => {
    const store = new ContentStore(join(temp.path, 'artifacts'), diskFullAfter(1000));
    const big = Array.from({ length: 10 }, () => Buffer.alloc(500, 7));
    await expect(store.put(big)).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(await filesInStore(temp.path)).toEqual([]);
  });

  it('leaves nothing behind when the source breaks off halfway', async () => {
    const store = new ContentStore(join(temp.path, 'artifacts'));
    async function* breaking() {
      yield Buffer.from('the first half');
      throw Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' });
    }
    await expect(store.put(breaking())).rejects.toMatchObject({ code: 'EIO' });
    expect(await filesInStore(temp.path)).toEqual([]);
  });

  it('lists stored hashes only, and removes temp files an interrupted put left', async () => {
    const root = join(temp.path, 'artifacts');
    const store = new ContentStore(root);
    const { sha256 } = await store.put(chunks('kept'));
    await nodeFs.writeFile(join(root, `.incoming-${process.pid}-0123456789ab.tmp`), 'partial');
    await nodeFs.writeFile(join(root, 'notes.txt'), 'not ours to judge');
    expect(await store.list()).toEqual([sha256]);
    await store.removeLeftoverTempFiles();
    expect(await filesInStore(temp.path)).toEqual([join(sha256.slice(0, 2), sha256), 'notes.txt']);
  });

  it('refuses a hash that is not one, before it can become a path', () => {
    const store = new ContentStore(join(temp.path, 'artifacts'));
    expect(() => store.pathOf('../../etc/passwd')).toThrow();
  });
});
