import * as fs from 'node:fs/promises';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../support/temp-dir';
import {
  removeLeftoverTempFiles,
  writeFileAtomic,
} from '../../../electron/core/store/atomic-write';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeEach(async () => {
  temp = await makeTempDir('cto-atomic-');
});
afterEach(() => temp.remove());

const failWith = (code: string) => async () => {
  throw Object.assign(new Error(`${code}: injected`), { code });
};

describe('writeFileAtomic', () => {
  it('replaces the file with the new bytes and leaves nothing else behind', async () => {
    const target = join(temp.path, 'data.json');
    await writeFile(target, 'old');

    await writeFileAtomic(target, 'new');

    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readdir(temp.path)).toEqual(['data.json']);
  });

  it('removes its temp file and throws the rename error when the rename fails', async () => {
    // A non-empty folder where the file should be: rename over it fails for root too.
    const target = join(temp.path, 'data.json');
    await mkdir(join(target, 'inside'), { recursive: true });

    await expect(writeFileAtomic(target, 'new')).rejects.toMatchObject({
      code: expect.stringMatching(/^(EISDIR|ENOTEMPTY|EEXIST)$/),
    });
    expect(await readdir(temp.path)).toEqual(['data.json']);
  });

  it('keeps the first error when cleaning up fails as well', async () => {
    const target = join(temp.path, 'data.json');
    await writeFile(target, 'old');

    const failure = writeFileAtomic(target, 'new', {
      ...fs,
      rename: failWith('EXDEV'),
      rm: failWith('EBUSY'),
    });

    await expect(failure).rejects.toMatchObject({ code: 'EXDEV' });
    expect(await readFile(target, 'utf8')).toBe('old');
  });

  it('removes temp files a killed writer left, and nothing else', async () => {
    await writeFile(join(temp.path, 'portfolio.json'), '{}');
    await writeFile(join(temp.path, '.portfolio.json.4242.0123456789ab.tmp'), '{"half');
    await writeFile(join(temp.path, 'notes.tmp'), 'not ours');

    await removeLeftoverTempFiles(temp.path);

    expect((await readdir(temp.path)).sort()).toEqual(['notes.tmp', 'portfolio.json']);
  });
});
