import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Channel, ChannelInput, ChannelOutput } from '@shared/contract/contract';
import { isRecordId } from '@shared/domain/record';
import { openCore, type Core } from '../../../electron/core/app-core';
import { dispatch } from '../../../electron/core/dispatch';
import { fittedId } from '../../../electron/core/store/legacy-ids';
import { fixedClock, sequentialIds } from '../../support/test-core';
import { makeTempDir } from '../../support/temp-dir';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function open(dataDir: string): Promise<Core> {
  const core = await openCore({
    dataDir,
    host: 'browser',
    appVersion: '0.0.0-test',
    clock: fixedClock('2026-09-01T09:00:00.000Z'),
    newId: sequentialIds(),
  });
  cleanups.push(() => core.close());
  return core;
}

async function call<K extends Channel>(
  core: Core,
  channel: K,
  input: ChannelInput<K>,
): Promise<ChannelOutput<K>> {
  const envelope = await dispatch(core.handlers, channel, input);
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.message}`);
  return envelope.result as ChannelOutput<K>;
}

const OLD_ASSIGNMENT = 'Assignment One';
const OLD_REFLECTION = 'OldReflection';

/**
 * A data folder written before the id rule: an assignment whose id has a space and capitals,
 * and a reflection file named by an id with capitals that links to it.
 */
async function legacyFolder(): Promise<string> {
  const temp = await makeTempDir('cto-legacy-ids-');
  cleanups.push(temp.remove);
  const dataDir = join(temp.path, 'data');
  const core = await open(dataDir);
  await call(core, 'welcome-skip', {});
  const assignment = await call(core, 'assignment-create', {
    title: 'Read the plan',
    kind: 'session',
    session: 2,
    description: '',
    due: '2026-10-05',
    status: 'not-started',
    grade: '',
    graderComment: '',
  });
  const reflection = await call(core, 'reflection-create', {
    title: 'What I learned',
    assignmentIds: [assignment.id],
  });
  await core.close();
  cleanups.pop();

  const portfolioPath = join(dataDir, 'portfolio.json');
  const text = await readFile(portfolioPath, 'utf8');
  await writeFile(portfolioPath, text.replaceAll(`"${assignment.id}"`, `"${OLD_ASSIGNMENT}"`));
  const reflections = join(dataDir, 'reflections');
  const stored = JSON.parse(await readFile(join(reflections, `${reflection.id}.json`), 'utf8'));
  stored.record.id = OLD_REFLECTION;
  stored.record.assignmentIds = [OLD_ASSIGNMENT];
  await writeFile(join(reflections, `${OLD_REFLECTION}.json`), JSON.stringify(stored));
  await rm(join(reflections, `${reflection.id}.json`));
  await rm(join(reflections, 'index.cache'), { force: true });
  return dataDir;
}

describe('ids stored before the id rule', () => {
  it('are given fitted ids, links follow, and the old reflection file is kept aside', async () => {
    const dataDir = await legacyFolder();
    const core = await open(dataDir);

    const assignmentId = fittedId(OLD_ASSIGNMENT);
    const reflectionId = fittedId(OLD_REFLECTION);
    expect(isRecordId(assignmentId) && isRecordId(reflectionId)).toBe(true);

    const portfolio = await call(core, 'portfolio-get', {});
    const ids = portfolio.assignments.map((a) => a.id);
    expect(ids).toContain(assignmentId);
    expect(ids).not.toContain(OLD_ASSIGNMENT);
    const list = await call(core, 'reflection-list', {});
    expect(list.map((r) => r.id)).toEqual([reflectionId]);
    const reflection = await call(core, 'reflection-get', { id: reflectionId });
    expect(reflection.title).toBe('What I learned');
    expect(reflection.assignmentIds).toEqual([assignmentId]);

    // The record now lives under its new name; the old file is kept, not deleted.
    const names = await readdir(join(dataDir, 'reflections'));
    expect(names).toContain(`${reflectionId}.json`);
    const kept = names.filter((n) => n.startsWith(`${OLD_REFLECTION}.renamed-`));
    expect(kept).toHaveLength(1);
    const keptRecord = JSON.parse(await readFile(join(dataDir, 'reflections', kept[0]!), 'utf8'));
    expect(keptRecord.record.id).toBe(OLD_REFLECTION);

    // An edit saves the fitted ids; opening again finds the same records under the same ids.
    await call(core, 'assignment-update', { id: assignmentId, status: 'submitted' });
    await core.close();
    cleanups.pop();
    const again = await open(dataDir);
    const reopened = await call(again, 'reflection-get', { id: reflectionId });
    expect(reopened.assignmentIds).toEqual([assignmentId]);
    const saved = JSON.parse(await readFile(join(dataDir, 'portfolio.json'), 'utf8'));
    const savedAssignment = saved.assignments.find((a: { id: string }) => a.id === assignmentId);
    expect(savedAssignment.status).toBe('submitted');
  });
});
