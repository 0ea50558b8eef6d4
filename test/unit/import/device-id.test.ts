import { cp, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readDeviceId, readOrCreateDeviceId } from '../../../electron/core/device-id';
import { makeTempDir } from '../../support/temp-dir';
import { sequentialIds } from '../../support/test-core';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeEach(async () => {
  temp = await makeTempDir('cto-device-id-');
});
afterEach(async () => {
  await temp.remove();
});

describe('a data folder’s device id', () => {
  it('is made once and kept by the same folder', async () => {
    const dir = join(temp.path, 'data');
    await mkdir(dir);
    const newId = sequentialIds('device');
    expect(await readDeviceId(dir)).toBeNull();
    const id = await readOrCreateDeviceId(dir, newId);
    expect(await readOrCreateDeviceId(dir, newId)).toBe(id);
    expect(await readDeviceId(dir)).toBe(id);
  });

  it('is not taken along by a copy of the folder: the copy gets its own, so two copies never count as one computer', async () => {
    const original = join(temp.path, 'data');
    await mkdir(original);
    const newId = sequentialIds('device');
    const id = await readOrCreateDeviceId(original, newId);
    const copy = join(temp.path, 'copy');
    await cp(original, copy, { recursive: true });

    expect(await readDeviceId(copy)).toBeNull();
    const copyId = await readOrCreateDeviceId(copy, newId);
    expect(copyId).not.toBe(id);
    expect(await readDeviceId(original)).toBe(id);
  });
});
