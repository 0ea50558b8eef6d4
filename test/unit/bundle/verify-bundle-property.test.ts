import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyBundle } from '../../../electron/core/bundle/read/verify-bundle';
import { UserError } from '../../../electron/core/errors';
import { makeTempDir } from '../../support/temp-dir';
import { seedNote, testSeed } from '../../support/seeded-random';
import { cli } from '../cli/cli-harness';
import { snapshotFolder } from './folder-snapshot';

const SEED = testSeed();

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeEach(async () => {
  temp = await makeTempDir('cto-bundle-property-');
});
afterEach(async () => {
  await temp.remove();
});

/** Some bytes overwritten, then perhaps cut short: what a bad disk, download or editor does. */
const damage = (length: number) =>
  fc.record({
    edits: fc.array(
      fc.record({ at: fc.nat({ max: length - 1 }), byte: fc.integer({ min: 0, max: 255 }) }),
      {
        minLength: 1,
        maxLength: 8,
      },
    ),
    keep: fc.option(fc.nat({ max: length }), { nil: undefined }),
  });

describe('verifyBundle on damaged bundles', () => {
  it(`always answers with a sentence or a result, never crashes, and writes nothing (${seedNote(SEED)})`, async () => {
    // The real exporter's bundle of the sample portfolio, kept in memory; only the copy is on disk.
    const exported = join(temp.path, 'sample.ctoportfolio');
    await cli(['init', '--data', join(temp.path, 'data'), '--sample'], { cwd: temp.path });
    await cli(['export', '--data', join(temp.path, 'data'), '--out', exported], { cwd: temp.path });
    const bytes = await readFile(exported);
    await expect(verifyBundle(exported)).resolves.toBeTruthy();
    const damaged = join(temp.path, 'damaged.ctoportfolio');
    await fc.assert(
      fc.asyncProperty(damage(bytes.length), async ({ edits, keep }) => {
        const copy = Buffer.from(bytes);
        for (const { at, byte } of edits) copy[at] = byte;
        await writeFile(damaged, keep === undefined ? copy : copy.subarray(0, keep));
        const before = await snapshotFolder(temp.path);
        const outcome = await verifyBundle(damaged).then(
          () => 'verified',
          (error: unknown) => error,
        );
        if (outcome !== 'verified') {
          expect(outcome).toBeInstanceOf(UserError);
          expect((outcome as UserError).message).toMatch(/^[A-Z][^\n]*\.$/);
        }
        expect(await snapshotFolder(temp.path)).toEqual(before);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
