import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSampleStore } from '../../../electron/core/sample/open-sample-store';
import { makeTempDir } from '../../support/temp-dir';
import { fixedClock, sequentialIds } from '../../support/test-core';
import { snapshotFolder } from '../bundle/folder-snapshot';
import { NOW, exportFolder, openFolder, ownData, type OpenedFolder } from './import-fixture';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
const opened: OpenedFolder[] = [];
beforeEach(async () => {
  temp = await makeTempDir('cto-import-crash-');
});
afterEach(async () => {
  for (const folder of opened.splice(0)) await folder.close();
  await temp.remove();
});

class Crash extends Error {}

async function sampleBundle(): Promise<{ source: OpenedFolder; bundle: string }> {
  const { store } = await openSampleStore({
    dir: join(temp.path, 'source'),
    clock: fixedClock(NOW),
    newId: sequentialIds('sample'),
  });
  await store.close();
  const source = await openFolder(join(temp.path, 'source'));
  opened.push(source);
  return { source, bundle: await exportFolder(source, join(temp.path, 'a.ctoportfolio')) };
}

/** Import into a fresh folder, stopping after step `crashAt` (never, when null). */
async function importStoppingAt(name: string, bundle: string, crashAt: number | null) {
  let steps = 0;
  const folder = await openFolder(join(temp.path, name), {
    extra: {
      applyHooks: {
        afterStep: (index) => {
          steps = index + 1;
          if (index === crashAt) throw new Crash(`stopped after step ${index}`);
        },
      },
    },
  });
  opened.push(folder);
  const summary = await folder.importer.inspect(bundle);
  const committing = folder.importer.commit(summary.inspectionId);
  return { folder, committing, steps: () => steps };
}

describe('an import stopped between two of its steps', () => {
  it('is finished when the data folder opens again, whichever step it stopped after', async () => {
    const { source, bundle } = await sampleBundle();
    const full = await importStoppingAt('full', bundle, null);
    await full.committing;
    const stepCount = full.steps();
    expect(stepCount).toBeGreaterThan(5);
    const expected = await ownData(source);

    for (let crashAt = 0; crashAt < stepCount; crashAt += 1) {
      const run = await importStoppingAt(`crash-${crashAt}`, bundle, crashAt);
      // The workspace reopens after the failure, which rolls the committed import forward.
      await expect(run.committing).rejects.toBeInstanceOf(Crash);
      expect(await ownData(run.folder)).toEqual(expected);
      await run.folder.close();
      opened.splice(opened.indexOf(run.folder), 1);
      // Opened once more from disk: the same data, and no staging folder left.
      const again = await openFolder(run.folder.dir);
      opened.push(again);
      expect(await ownData(again)).toEqual(expected);
      const files = Object.keys(await snapshotFolder(again.dir));
      expect(files.filter((path) => path.includes('.staging'))).toEqual([]);
    }
  });

  it('changes nothing when it is refused before its commit point', async () => {
    const { bundle } = await sampleBundle();
    const folder = await openFolder(join(temp.path, 'target'));
    opened.push(folder);
    const summary = await folder.importer.inspect(bundle);
    expect(summary.kind).toBe('adopt');
    // Work typed in after the inspection: adopting would now overwrite it, so commit refuses.
    await folder.workspace.active().update((draft) => {
      draft.profile = { ...draft.profile, name: 'Typed meanwhile' };
    });
    const before = await snapshotFolder(folder.dir);
    await expect(folder.importer.commit(summary.inspectionId, 'mine')).rejects.toThrow(
      /already holds your own portfolio/,
    );
    const after = await snapshotFolder(folder.dir);
    // Only the inspection's staging folder went away.
    expect(Object.keys(before).filter((path) => !(path in after))).toEqual(
      Object.keys(before).filter((path) => path.includes('.staging')),
    );
    expect(Object.keys(after).every((path) => before[path] === after[path])).toBe(true);
  });
});
