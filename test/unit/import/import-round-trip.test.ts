import { execFile } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSampleStore } from '../../../electron/core/sample/open-sample-store';
import { makeTempDir } from '../../support/temp-dir';
import { fixedClock, sequentialIds } from '../../support/test-core';
import { snapshotFolder } from '../bundle/folder-snapshot';
import { NOW, exportFolder, openFolder, ownData, type OpenedFolder } from './import-fixture';

const run = promisify(execFile);

let temp: Awaited<ReturnType<typeof makeTempDir>>;
const opened: OpenedFolder[] = [];
beforeEach(async () => {
  temp = await makeTempDir('cto-import-trip-');
});
afterEach(async () => {
  for (const folder of opened.splice(0)) await folder.close();
  await temp.remove();
});

async function open(name: string, ids?: string): Promise<OpenedFolder> {
  const folder = await openFolder(join(temp.path, name), ids ? { ids } : {});
  opened.push(folder);
  return folder;
}

/** The sample portfolio, as a candidate's real data folder. */
async function sampleFolder(name: string): Promise<OpenedFolder> {
  const { store } = await openSampleStore({
    dir: join(temp.path, name),
    clock: fixedClock(NOW),
    newId: sequentialIds('sample'),
  });
  await store.close();
  return open(name);
}

describe('importing into an empty data folder', () => {
  it('gives the same data and byte-identical artifact files (the bundle is adopted)', async () => {
    const source = await sampleFolder('a');
    const bundle = await exportFolder(source, join(temp.path, 'a.ctoportfolio'));
    const target = await open('b', 'b');

    const summary = await target.importer.inspect(bundle);
    expect(summary).toMatchObject({ kind: 'adopt', canAdoptInstead: true, nothingToChange: false });
    expect(summary.changes.added).toBeGreaterThan(10);
    const result = await target.importer.commit(summary.inspectionId);
    expect(result).toMatchObject({ kind: 'adopt', openConflicts: 0 });
    // What came in as the user counts it (the sentence after the import), from the data itself.
    const sample = source.workspace.active().get();
    expect(result.contents).toEqual({
      name: 'Jordan Rivera',
      assignments: sample.assignments.length,
      reflections: source.workspace.activeReflections().all().length,
      artifacts: sample.artifacts.length,
    });

    expect(await ownData(target)).toEqual(await ownData(source));
    const artifacts = source.workspace.active().get().artifacts;
    expect(artifacts.length).toBeGreaterThan(0);
    for (const artifact of artifacts) {
      expect(
        await readFile(target.workspace.activeArtifacts().content.pathOf(artifact.sha256)),
      ).toEqual(await readFile(source.workspace.activeArtifacts().content.pathOf(artifact.sha256)));
    }
    // Nothing of the import is left behind.
    expect(Object.keys(await snapshotFolder(target.dir)).some((p) => p.includes('.staging'))).toBe(
      false,
    );
  });

  it('imports a bundle unzipped and zipped again with Info-ZIP zip -r', async () => {
    const source = await sampleFolder('a');
    const bundle = await exportFolder(source, join(temp.path, 'a.ctoportfolio'));
    const unpacked = join(temp.path, 'unpacked');
    await mkdir(unpacked);
    await run('unzip', ['-q', bundle, '-d', unpacked]);
    const rezipped = join(temp.path, 'rezipped.ctoportfolio');
    await run('zip', ['-q', '-r', rezipped, '.'], { cwd: unpacked });
    const target = await open('b', 'b');

    const summary = await target.importer.inspect(rezipped);
    await target.importer.commit(summary.inspectionId);
    expect(await ownData(target)).toEqual(await ownData(source));
  });

  it('changes nothing when the same file is imported a second time', async () => {
    const source = await sampleFolder('a');
    const bundle = await exportFolder(source, join(temp.path, 'a.ctoportfolio'));
    const importing = await open('b', 'b');
    const first = await importing.importer.inspect(bundle);
    await importing.importer.commit(first.inspectionId);
    // Closing waits for the summary cache the first import's reopen may still be writing, so the
    // snapshot below sees a settled folder (reopening writes nothing).
    await importing.close();
    opened.splice(opened.indexOf(importing), 1);
    const target = await open('b', 'b');
    const before = await snapshotFolder(target.dir);

    const second = await target.importer.inspect(bundle);
    expect(second).toMatchObject({ kind: 'merge', nothingToChange: true });
    expect(second.artifacts.newCount).toBe(0);
    const result = await target.importer.commit(second.inspectionId);
    expect(result.changes).toMatchObject({ added: 0, updated: 0, deleted: 0, conflicts: 0 });
    expect(await snapshotFolder(target.dir)).toEqual(before);
  });

  it('leaves the data folder as it was when the inspection is cancelled midway', async () => {
    const source = await sampleFolder('a');
    const bundle = await exportFolder(source, join(temp.path, 'a.ctoportfolio'));
    const target = await open('b', 'b');
    const before = await snapshotFolder(target.dir);
    const controller = new AbortController();

    const inspecting = target.importer.inspect(bundle, {
      signal: controller.signal,
      onProgress: (progress) => {
        if (progress.itemsDone >= 2) controller.abort();
      },
    });
    await expect(inspecting).rejects.toMatchObject({ problem: 'cancelled' });
    expect(await snapshotFolder(target.dir)).toEqual(before);
  });

  it('leaves the data folder as it was when an inspection is discarded', async () => {
    const source = await sampleFolder('a');
    const bundle = await exportFolder(source, join(temp.path, 'a.ctoportfolio'));
    const target = await open('b', 'b');
    const before = await snapshotFolder(target.dir);
    const summary = await target.importer.inspect(bundle);
    expect(await snapshotFolder(target.dir)).not.toEqual(before);
    await target.importer.discard(summary.inspectionId);
    expect(await snapshotFolder(target.dir)).toEqual(before);
    await expect(target.importer.commit(summary.inspectionId)).rejects.toThrow(/no longer waiting/);
  });
});
