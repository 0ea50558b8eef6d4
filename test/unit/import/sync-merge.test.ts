import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newRecordMeta, touched } from '@shared/domain/record';
import { openSampleStore } from '../../../electron/core/sample/open-sample-store';
import { ConflictStore } from '../../../electron/core/sync/conflict-store';
import { readConflicts, writeConflicts } from '../../../electron/core/sync/conflicts-file';
import { makeTempDir } from '../../support/temp-dir';
import { fixedClock, sequentialIds } from '../../support/test-core';
import { NOW, exportFolder, openFolder, ownData, type OpenedFolder } from './import-fixture';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
const opened: OpenedFolder[] = [];
beforeEach(async () => {
  temp = await makeTempDir('cto-import-merge-');
});
afterEach(async () => {
  for (const folder of opened.splice(0)) await folder.close();
  await temp.remove();
});

async function open(name: string, ids: string): Promise<OpenedFolder> {
  const folder = await openFolder(join(temp.path, name), { ids });
  opened.push(folder);
  return folder;
}

async function importFile(folder: OpenedFolder, path: string) {
  const summary = await folder.importer.inspect(path);
  const result = await folder.importer.commit(summary.inspectionId);
  return { summary, result };
}

/** Computer A (the sample as a candidate's work) and computer B, which adopted A's bundle. */
async function twoComputers() {
  const { store } = await openSampleStore({
    dir: join(temp.path, 'a'),
    clock: fixedClock(NOW),
    newId: sequentialIds('sample'),
  });
  await store.close();
  const a = await open('a', 'a');
  const b = await open('b', 'b');
  await importFile(b, await exportFolder(a, join(temp.path, 'start.ctoportfolio')));
  return { a, b };
}

describe('two computers editing the same portfolio, bundles exchanged both ways', () => {
  it('converge, list the record changed on both as a conflict, and lose nothing', async () => {
    const { a, b } = await twoComputers();
    const now = new Date('2026-11-29T09:00:00.000Z');
    const reflectionId = a.workspace.activeReflections().all()[0]!.id;

    // A: a session's notes and the shared reflection. B: an assignment, a new log entry and
    // the same reflection.
    await a.workspace.active().update((draft) => {
      draft.sessions[0] = touched(draft.sessions[0]!, { notes: 'Notes from A' }, now);
    });
    await a.workspace.activeReflections().change(reflectionId, () => ({ title: 'Title from A' }));
    await b.workspace.active().update((draft) => {
      draft.assignments[0] = touched(draft.assignments[0]!, { grade: 'B+' }, now);
      draft.logEntries.push({
        ...newRecordMeta('log-from-b', now),
        date: '2026-11-29',
        channel: 'call',
        summary: 'Called the mentor from B',
        followUps: '',
      });
    });
    await b.workspace.activeReflections().change(reflectionId, () => ({ title: 'Title from B' }));

    const fromA = await exportFolder(a, join(temp.path, 'from-a.ctoportfolio'));
    const fromB = await exportFolder(b, join(temp.path, 'from-b.ctoportfolio'));
    const intoA = await importFile(a, fromB);
    const intoB = await importFile(b, fromA);

    expect(intoA.summary.kind).toBe('merge');
    expect(intoA.result.changes).toMatchObject({ conflicts: 1 });
    expect(intoB.result.changes).toMatchObject({ conflicts: 1 });
    expect(intoA.result.openConflicts).toBe(1);

    // Each side keeps its own reflection and holds the other's in conflicts.json.
    const [conflictInA] = await readConflicts(a.dir);
    const [conflictInB] = await readConflicts(b.dir);
    expect(conflictInA).toMatchObject({
      recordKind: 'reflection',
      theirs: { title: 'Title from B' },
    });
    expect(conflictInB).toMatchObject({
      recordKind: 'reflection',
      theirs: { title: 'Title from A' },
    });

    // Everything else arrived on both sides, and both hold the same data apart from that one.
    for (const folder of [a, b]) {
      const portfolio = folder.workspace.active().get();
      expect(portfolio.sessions[0]!.notes).toBe('Notes from A');
      expect(portfolio.assignments[0]!.grade).toBe('B+');
      expect(portfolio.logEntries.map((l) => l.summary)).toContain('Called the mentor from B');
    }
    const withoutConflicted = async (folder: OpenedFolder) => {
      const data = (await ownData(folder)) as { reflections: { id: string }[] };
      return { ...data, reflections: data.reflections.filter((r) => r.id !== reflectionId) };
    };
    expect(await withoutConflicted(a)).toEqual(await withoutConflicted(b));
    expect((await a.workspace.activeReflections().read(reflectionId)).title).toBe('Title from A');
  });
});

/** A conflict on the shared reflection in A: changed on both computers, B's bundle imported. */
async function reflectionConflictInA() {
  const { a, b } = await twoComputers();
  const reflectionId = a.workspace.activeReflections().all()[0]!.id;
  await a.workspace.activeReflections().change(reflectionId, () => ({ title: 'Title from A' }));
  await b.workspace.activeReflections().change(reflectionId, () => ({ title: 'Title from B' }));
  await importFile(a, await exportFolder(b, join(temp.path, 'from-b.ctoportfolio')));
  const conflicts = new ConflictStore({
    dataDir: a.dir,
    store: () => a.workspace.active(),
    reflections: () => a.workspace.activeReflections(),
    clock: a.clock,
    newId: sequentialIds('resolve'),
  });
  return { a, reflectionId, conflicts };
}

describe('the conflicts of a merge', () => {
  it('are listed, and keeping theirs writes their version and empties the list', async () => {
    const { a, reflectionId, conflicts } = await reflectionConflictInA();
    const [view] = await conflicts.list();
    expect(view).toMatchObject({ recordKind: 'reflection', recordId: reflectionId });
    expect(await conflicts.resolve(view!.id, 'theirs')).toEqual([]);
    expect((await a.workspace.activeReflections().read(reflectionId)).title).toBe('Title from B');
    expect(await readConflicts(a.dir)).toEqual([]);
    await expect(conflicts.resolve(view!.id, 'mine')).rejects.toThrow(/no longer waiting/);
  });

  it('keep the files only the other side refers to when the folder is opened again', async () => {
    const { a } = await reflectionConflictInA();
    const artifact = a.workspace.active().get().artifacts[0]!;
    const stored = await a.workspace.activeArtifacts().content.put([Buffer.from('their version')]);
    await writeConflicts(a.dir, [
      {
        id: 'conflict-artifact',
        recordKind: 'artifact',
        recordId: artifact.id,
        detectedAt: NOW,
        theirs: { ...artifact, sha256: stored.sha256, size: stored.size },
      },
    ]);
    await a.close();
    opened.splice(opened.indexOf(a), 1);
    const again = await open('a', 'again');
    expect(await again.workspace.activeArtifacts().content.has(stored.sha256)).toBe(true);
  });
});
