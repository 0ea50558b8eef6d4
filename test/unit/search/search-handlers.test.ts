import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RichTextDoc } from '@shared/rich-text/rich-text-schema';
import { openTestCore, type TestCore } from '../../support/test-core';

let t: TestCore;
beforeEach(async () => {
  t = await openTestCore();
});
afterEach(async () => {
  await t.close();
});

const body = (text: string): RichTextDoc => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});
const found = async (query: string) =>
  (await t.call('search-query', { query })).groups.flatMap((g) =>
    g.hits.map((h) => `${g.kind}:${h.id}`),
  );

describe('search-query', () => {
  it('follows reflections and portfolio records through the handlers', async () => {
    expect(await found('chromebooks')).toEqual([]);

    const { id } = await t.call('reflection-create', {
      content: body('Chromebooks for every fifth grader.'),
    });
    expect(await found('chromebooks')).toEqual([`reflection:${id}`]);

    await t.call('reflection-update', { id, content: body('Tablets instead.') });
    expect(await found('chromebooks')).toEqual([]);

    const session = (await t.call('portfolio-get', {})).sessions[2]!;
    await t.call('session-update', { id: session.id, notes: 'Chromebooks came up again.' });
    expect(await found('chromebooks')).toEqual([`session:${session.id}`]);

    await t.call('reflection-delete', { id });
    expect(await found('tablets')).toEqual([]);
    await t.call('reflection-restore', { id });
    expect(await found('tablets')).toEqual([`reflection:${id}`]);
  });

  it('answers a blank query with no groups', async () => {
    expect(await t.call('search-query', { query: '   ' })).toEqual({ query: '   ', groups: [] });
  });
});
