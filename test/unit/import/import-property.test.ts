import { readFile, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserError } from '../../../electron/core/errors';
import { seedNote, testSeed } from '../../support/seeded-random';
import { openSampleStore } from '../../../electron/core/sample/open-sample-store';
import { makeTempDir } from '../../support/temp-dir';
import { fixedClock, sequentialIds } from '../../support/test-core';
import { snapshotFolder } from '../bundle/folder-snapshot';
import { NOW, exportFolder, openFolder, type OpenedFolder } from './import-fixture';

const SEED = testSeed();

let temp: Awaited<ReturnType<typeof makeTempDir>>;
const opened: OpenedFolder[] = [];
beforeEach(async () => {
  temp = await makeTempDir('cto-import-property-');
});
afterEach(async () => {
  for (const folder of opened.splice(0)) await folder.close();
  await temp.remove();
});

/** Some bytes overwritten, then perhaps cut short: what a bad disk, download or editor does. */
const damage = (length: number) =>
  fc.record({
    edits: fc.array(
      fc.record({ at: fc.nat({ max: length - 1 }), byte: fc.integer({ min: 0, max: 255 }) }),
      { minLength: 1, maxLength: 8 },
    ),
    keep: fc.option(fc.nat({ max: length }), { nil: undefined }),
  });

describe('inspecting randomly damaged bundles', () => {
  it(`never crashes and never writes outside the staging folder (${seedNote(SEED)})`, async () => {
    const { store } = await openSampleStore({
      dir: join(temp.path, 'source'),
      clock: fixedClock(NOW),
      newId: sequentialIds('sample'),
    });
    await store.close();
    const source = await openFolder(join(temp.path, 'source'));
    opened.push(source);
    const bytes = await readFile(await exportFolder(source, join(temp.path, 'a.ctoportfolio')));
    await source.close();
    opened.pop();
    const target = await openFolder(join(temp.path, 'target'));
    opened.push(target);
    const staging = `${join(target.dir, '.staging')}${sep}`;
    const damaged = join(temp.path, 'damaged.ctoportfolio');

    await fc.assert(
      fc.asyncProperty(damage(bytes.length), async ({ edits, keep }) => {
        const copy = Buffer.from(bytes);
        for (const { at, byte } of edits) copy[at] = byte;
        await writeFile(damaged, keep === undefined ? copy : copy.subarray(0, keep));
        const before = await snapshotFolder(temp.path);
        const outcome = await target.importer.inspect(damaged).then(
          (summary) => summary,
          (error: unknown) => error,
        );
        const after = await snapshotFolder(temp.path);
        const changed = Object.keys(after).filter((path) => after[path] !== before[path]);
        const removed = Object.keys(before).filter((path) => !(path in after));
        expect(removed).toEqual([]);
        // A damage that misses everything checked (a local header's time, say) still imports:
        // either way nothing outside the staging folder was written.
        expect(changed.filter((path) => !`${path}${sep}`.startsWith(staging))).toEqual([]);
        if (outcome instanceof Error) {
          expect(outcome).toBeInstanceOf(UserError);
          expect(outcome.message).toMatch(/^[A-Z][^\n]*\.$/);
        } else {
          await target.importer.discard((outcome as { inspectionId: string }).inspectionId);
        }
        expect(await snapshotFolder(temp.path)).toEqual(before);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });
});
