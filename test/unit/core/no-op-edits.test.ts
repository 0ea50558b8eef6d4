import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract, type Channel } from '@shared/contract/contract';
import type { RecordMeta } from '@shared/domain/record';
import { openTestCore, type TestCore } from '../../support/test-core';
import { snapshotFolder } from '../bundle/folder-snapshot';

let t: TestCore;
beforeEach(async () => {
  t = await openTestCore();
  // Past the first hour, so that any save would also take a backup: nothing may be written.
  await t.call('welcome-skip', {});
  t.clock.set('2026-09-01T11:00:00.000Z');
});
afterEach(async () => {
  await t.close();
});

type UpdateChannel =
  | 'profile-update'
  | 'session-update'
  | 'assignment-update'
  | 'log-update'
  | 'artifact-update'
  | 'reflection-update';

/** Each record kind's update channel, a text field of it, and a stored record to edit. */
const KINDS: {
  channel: UpdateChannel;
  field: string;
  stored: () => Promise<Record<string, unknown>>;
}[] = [
  {
    channel: 'profile-update',
    field: 'name',
    stored: async () => (await t.call('portfolio-get', {})).profile,
  },
  {
    channel: 'session-update',
    field: 'notes',
    stored: async () => (await t.call('portfolio-get', {})).sessions[2]!,
  },
  {
    channel: 'assignment-update',
    field: 'title',
    // A template assignment: its due date follows its session's date (dueOffsetDays set).
    stored: async () => {
      const [session] = (await t.call('portfolio-get', {})).sessions.filter((s) => s.number === 3);
      await t.call('session-update', { id: session!.id, date: '2026-10-14' });
      const { assignments } = await t.call('portfolio-get', {});
      return assignments.find((a) => a.session === 3 && a.dueOffsetDays !== null)!;
    },
  },
  {
    channel: 'log-update',
    field: 'summary',
    stored: () =>
      t.call('log-create', {
        date: '2026-09-01',
        channel: 'call',
        summary: 'Talked budget',
        followUps: 'Send plan',
      }),
  },
  {
    channel: 'artifact-update',
    field: 'title',
    stored: () =>
      t.core.artifacts().addStream(
        'plan.txt',
        (async function* () {
          yield new TextEncoder().encode('the plan');
        })(),
      ),
  },
  {
    channel: 'reflection-update',
    field: 'title',
    stored: async () => {
      const { id } = await t.call('reflection-create', { title: 'Budget week' });
      return t.call('reflection-get', { id });
    },
  },
];

/** The record's values of every field the channel takes: an edit that sends what is stored. */
function sameValues(channel: Channel, record: Record<string, unknown>): Record<string, unknown> {
  const shape = (contract[channel].input as unknown as { shape: Record<string, unknown> }).shape;
  return Object.fromEntries(Object.keys(shape).map((key) => [key, record[key]]));
}

async function folderState() {
  const file = join(t.dataDir, 'portfolio.json');
  return { files: await snapshotFolder(t.dataDir), mtime: (await stat(file)).mtimeMs };
}

describe.each(KINDS)('$channel', ({ channel, field, stored }) => {
  it.each([
    [
      'with no fields',
      (record: Record<string, unknown>) =>
        'id' in sameValues(channel, record) ? { id: record['id'] } : {},
    ],
    [
      'with every field as stored',
      (record: Record<string, unknown>) => sameValues(channel, record),
    ],
  ])('%s changes nothing: no revision, no version, no write', async (_, edit) => {
    const record = await stored();
    const before = await folderState();
    const answer = (await t.call(channel, edit(record) as never)) as RecordMeta;
    expect(answer.revision).toBe(record['revision']);
    expect(answer.versions).toEqual(record['versions']);
    expect(answer.updatedAt).toBe(record['updatedAt']);
    expect(await folderState()).toEqual(before);
  });

  it('still saves a real change', async () => {
    const record = await stored();
    const before = await folderState();
    const answer = (await t.call(channel, {
      ...sameValues(channel, record),
      [field]: 'Changed on purpose',
    } as never)) as RecordMeta;
    expect(answer.revision).toBe((record['revision'] as number) + 1);
    expect(await folderState()).not.toEqual(before);
  });
});

describe('session feedback', () => {
  it('given again with the same rating and comments changes nothing', async () => {
    const { id } = (await t.call('portfolio-get', {})).sessions[1]!;
    const first = await t.call('session-feedback-set', { id, rating: 4, comments: 'Useful' });
    t.clock.set('2026-09-01T13:00:00.000Z');
    const before = await folderState();
    const again = await t.call('session-feedback-set', { id, rating: 4, comments: 'Useful' });
    expect(again).toEqual(first);
    expect(await folderState()).toEqual(before);
  });
});
