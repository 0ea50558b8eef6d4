import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATA_PATH } from '@shared/bundle/bundle-schemas';
import { readBundleEntries } from '../../../electron/core/bundle/read/read-bundle-entries';
import { makeTempDir } from '../../support/temp-dir';
import { validBundleEntries, writeYazlZip } from './bundle-fixtures';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeEach(async () => {
  temp = await makeTempDir('cto-bundle-read-');
});
afterEach(async () => {
  await temp.remove();
});

async function bytesOf(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe('readBundleEntries', () => {
  it('hands every listed file but the manifest to the reader, byte for byte', async () => {
    const entries = validBundleEntries();
    const path = join(temp.path, 'b.ctoportfolio');
    await writeYazlZip(path, entries);
    const received = new Map<string, Buffer>();
    await readBundleEntries(path, async (name, stream) => {
      received.set(name, await bytesOf(stream));
    });
    expect([...received.keys()].sort()).toEqual(
      entries
        .slice(1)
        .map((e) => e.name)
        .sort(),
    );
    for (const entry of entries.slice(1)) expect(received.get(entry.name)).toEqual(entry.data);
  });

  it('rejects when the reader fails, with the reader’s error', async () => {
    const path = join(temp.path, 'b.ctoportfolio');
    await writeYazlZip(path, validBundleEntries());
    const failure = new Error('staging folder is full');
    await expect(
      readBundleEntries(path, async (name, stream) => {
        if (name !== DATA_PATH) throw failure;
        await bytesOf(stream);
      }),
    ).rejects.toBe(failure);
  });

  it('rejects a damaged file even after its bytes were handed over', async () => {
    const entries = validBundleEntries();
    const artifact = entries[2]!;
    artifact.data = Buffer.from(artifact.data.map((byte) => byte ^ 1));
    const path = join(temp.path, 'b.ctoportfolio');
    await writeYazlZip(path, entries);
    const seen: string[] = [];
    await expect(
      readBundleEntries(path, async (name, stream) => {
        seen.push(name);
        await bytesOf(stream);
      }),
    ).rejects.toMatchObject({ problem: 'hash-mismatch' });
    expect(seen).toContain(artifact.name);
  });

  it('still checks every file when the reader stops without reading', async () => {
    const entries = validBundleEntries();
    const artifact = entries[2]!;
    artifact.data = Buffer.from(artifact.data.map((byte) => byte ^ 1));
    const path = join(temp.path, 'b.ctoportfolio');
    await writeYazlZip(path, entries);
    await expect(readBundleEntries(path, async () => {})).rejects.toMatchObject({
      problem: 'hash-mismatch',
    });
  });

  it('finds the manifest wherever it sits, as tools that zip a bundle again reorder entries', async () => {
    const [manifest, ...rest] = validBundleEntries();
    const path = join(temp.path, 'b.ctoportfolio');
    await writeYazlZip(path, [...rest.reverse(), manifest!]);
    const received: string[] = [];
    const result = await readBundleEntries(path, async (name, stream) => {
      received.push(name);
      await bytesOf(stream);
    });
    expect(received.sort()).toEqual(rest.map((entry) => entry.name).sort());
    expect(result.entries.map((file) => file.path).sort()).toEqual(received);
  });
});
