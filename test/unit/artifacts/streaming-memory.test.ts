import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { open, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../support/temp-dir';

const run = promisify(execFile);
const root = join(import.meta.dirname, '../../..');
const GIB = 1024 ** 3;
const MIB = 1024 ** 2;

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeEach(async () => {
  temp = await makeTempDir('cto-stream-');
});
afterEach(async () => {
  await temp.remove();
});

/** A 1 GB file that costs no disk: sparse, with a few real bytes so the hash is not trivial. */
async function sparseGigabyte(path: string): Promise<string> {
  const handle = await open(path, 'w');
  const marks = [0, GIB / 2, GIB - 16].map((at) => ({ at, bytes: Buffer.from(`mark@${at}`) }));
  try {
    await handle.truncate(GIB);
    for (const { at, bytes } of marks) await handle.write(bytes, 0, bytes.length, at);
  } finally {
    await handle.close();
  }
  // The expected hash, computed here in pieces of 16 MB so the test itself stays small too.
  const hash = createHash('sha256');
  const piece = Buffer.alloc(16 * MIB);
  for (let at = 0; at < GIB; at += piece.length) {
    piece.fill(0);
    for (const mark of marks) {
      const from = mark.at - at;
      if (from >= -mark.bytes.length && from < piece.length) {
        mark.bytes.copy(piece, Math.max(0, from), Math.max(0, -from));
      }
    }
    hash.update(piece);
  }
  return hash.digest('hex');
}

describe('adding a large file', () => {
  it('streams a 1 GB file into the store with memory growing by less than 100 MB', async () => {
    const file = join(temp.path, 'recording.mp4');
    const expectedSha = await sparseGigabyte(file);
    const data = join(temp.path, 'data');
    const { stdout } = await run(
      process.execPath,
      [
        '--expose-gc',
        '--import',
        'tsx',
        join(import.meta.dirname, 'streaming-child.ts'),
        file,
        data,
      ],
      { cwd: root, maxBuffer: 1024 * 1024 },
    );
    const figures = JSON.parse(stdout.trim().split('\n').pop()!) as {
      size: number;
      sha256: string;
      rssGrowth: number;
      heapGrowth: number;
    };
    expect(figures.size).toBe(GIB);
    expect(figures.sha256).toBe(expectedSha);
    expect((await stat(join(data, 'artifacts', expectedSha.slice(0, 2), expectedSha))).size).toBe(
      GIB,
    );
    expect(figures.rssGrowth).toBeLessThan(100 * MIB);
    expect(figures.heapGrowth).toBeLessThan(100 * MIB);
  }, 180_000);
});
