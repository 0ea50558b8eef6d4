import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
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

const body = (...paragraphs: string[]): RichTextDoc => ({
  type: 'doc',
  content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
});
const reflectionFile = (id: string) => join(t.dataDir, 'reflections', `${id}.json`);
const onDisk = async (id: string) =>
  JSON.parse(await readFile(reflectionFile(id), 'utf8')).record as Record<string, unknown>;

describe('reflections', () => {
  it('creates a reflection in its own file, leaving portfolio.json untouched', async () => {
    const portfolioBefore = await t.readDiskBytes();

    const created = await t.call('reflection-create', { title: 'After session 3' });

    expect(created).toMatchObject({
      title: 'After session 3',
      status: 'draft',
      revision: 1,
      wordCount: 0,
    });
    expect(await onDisk(created.id)).toMatchObject({ title: 'After session 3' });
    expect((await t.readDiskBytes()).equals(portfolioBefore)).toBe(true);
  });

  it('saves a new body with its word count and answers a summary with an excerpt, not the body', async () => {
    const { id } = await t.call('reflection-create', {});

    const summary = await t.call('reflection-update', {
      id,
      content: body('E-rate pays for the network.', 'The board asked why.'),
    });

    expect(summary).toMatchObject({ id, revision: 2, wordCount: 9 });
    expect(summary.excerpt).toBe('E-rate pays for the network. The board asked why.');
    expect(summary).not.toHaveProperty('content');
    expect(await onDisk(id)).toMatchObject({
      wordCount: 9,
      revision: 2,
      content: body('E-rate pays for the network.', 'The board asked why.'),
    });
    expect((await t.call('reflection-get', { id })).content).toEqual(
      body('E-rate pays for the network.', 'The board asked why.'),
    );
  });

  it('lists summaries of every reflection, deleted ones marked, and restores them', async () => {
    const a = await t.call('reflection-create', { title: 'A' });
    const b = await t.call('reflection-create', { title: 'B' });
    await t.call('reflection-delete', { id: a.id });

    const list = await t.call('reflection-list', {});
    expect(list.map((r) => [r.title, r.deletedAt !== null]).sort()).toEqual([
      ['A', true],
      ['B', false],
    ]);
    expect(list.every((r) => !('content' in r))).toBe(true);
    expect((await onDisk(a.id)).deletedAt).not.toBeNull();

    const restored = await t.call('reflection-restore', { id: a.id });
    expect(restored.deletedAt).toBeNull();
    expect((await onDisk(a.id)).deletedAt).toBeNull();
    expect(b.deletedAt).toBeNull();
  });

  it('links to sessions, assignments and competencies that exist', async () => {
    const portfolio = await t.call('portfolio-get', {});
    const assignment = portfolio.assignments[0]!;
    const created = await t.call('reflection-create', {
      session: 3,
      assignmentIds: [assignment.id],
      competencyIds: ['cosn-business-management', 'area-fiscal-management'],
    });
    expect(await onDisk(created.id)).toMatchObject({
      session: 3,
      assignmentIds: [assignment.id],
      competencyIds: ['cosn-business-management', 'area-fiscal-management'],
    });
  });

  it.each([
    [
      { artifactIds: ['no-such-artifact'] },
      /an artifact that no longer exists \(no-such-artifact\)/,
    ],
    [{ assignmentIds: ['x', 'y'] }, /2 assignments that no longer exist/],
    [{ competencyIds: ['made-up'] }, /a competency that no longer exists/],
  ])('refuses unknown links with a sentence and changes nothing (%o)', async (links, message) => {
    const { id } = await t.call('reflection-create', { title: 'Kept' });
    const before = await readFile(reflectionFile(id), 'utf8');

    const answer = await t.send('reflection-update', { id, title: 'Changed', ...links });

    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringMatching(message) },
    });
    expect(await readFile(reflectionFile(id), 'utf8')).toBe(before);
    const created = await t.send('reflection-create', links);
    expect(created.ok).toBe(false);
  });

  it('refuses a body with a script, an iframe or a javascript: link and keeps the saved one', async () => {
    const { id } = await t.call('reflection-create', { content: body('Safe text.') });
    const before = await readFile(reflectionFile(id), 'utf8');
    const hostile = [
      { type: 'doc', content: [{ type: 'script', content: [{ type: 'text', text: 'alert(1)' }] }] },
      {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'iframe', attrs: { src: 'https://x.example' } }] },
        ],
      },
      {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [
              {
                type: 'text',
                text: 'x',
                marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }],
              },
            ],
          },
        ],
      },
    ];
    for (const content of hostile) {
      const answer = await t.send('reflection-update', { id, content });
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    expect(await readFile(reflectionFile(id), 'utf8')).toBe(before);
  });

  it('stores a pasted body without its style and event attributes', async () => {
    const { id } = await t.call('reflection-create', {});
    await t.call('reflection-update', {
      id,
      content: {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            attrs: { style: 'color:red', onclick: 'alert(1)' },
            content: [{ type: 'text', text: 'Hello' }],
          },
        ],
      } as unknown as RichTextDoc,
    });
    const text = await readFile(reflectionFile(id), 'utf8');
    expect(text).not.toMatch(/style|onclick/);
    expect(text).toContain('Hello');
  });

  it('keeps reflections across a restart, and reports a damaged file through the notice', async () => {
    const { id } = await t.call('reflection-create', { title: 'Survives' });
    const { id: broken } = await t.call('reflection-create', { title: 'Breaks' });
    await t.core.close();
    await writeFile(reflectionFile(broken), 'not json');

    const { openCore } = await import('../../../electron/core/app-core');
    const again = await openCore({ dataDir: t.dataDir, host: 'browser', appVersion: '0' });
    try {
      const list = await again.handlers['reflection-list']({});
      expect(list.map((r) => r.id)).toEqual([id]);
      const { notice } = await again.handlers['app-info']({});
      expect(notice).toMatch(/1 reflection file was damaged \(1 could not be restored\)/);
      expect(
        (await readdir(join(t.dataDir, 'reflections'))).some((n) =>
          n.startsWith(`${broken}.corrupt-`),
        ),
      ).toBe(true);
    } finally {
      await again.close();
    }
  });

  it('finds words in the bodies of reflections opened from the summary cache', async () => {
    const { id } = await t.call('reflection-create', {
      content: body('The superintendent asked about chromebooks.'),
    });
    await t.core.close();
    const { openCore } = await import('../../../electron/core/app-core');
    // The first open reads every file and writes the cache; the second lists from the cache.
    await (await openCore({ dataDir: t.dataDir, host: 'browser', appVersion: '0' })).close();
    const again = await openCore({ dataDir: t.dataDir, host: 'browser', appVersion: '0' });
    try {
      // Asked at once: the search waits for the bodies being read in the background.
      const results = await again.handlers['search-query']({ query: 'chromebooks' });
      expect(results.groups.flatMap((g) => g.hits.map((h) => `${g.kind}:${h.id}`))).toEqual([
        `reflection:${id}`,
      ]);
    } finally {
      await again.close();
    }
  });

  it('keeps a reflection whose file was damaged after open aside and says so in one sentence', async () => {
    const { id } = await t.call('reflection-create', { title: 'Breaks later' });
    await t.core.close();
    const { openCore } = await import('../../../electron/core/app-core');
    const { dispatch } = await import('../../../electron/core/dispatch');
    const again = await openCore({ dataDir: t.dataDir, host: 'browser', appVersion: '0' });
    try {
      await writeFile(reflectionFile(id), '{"format":"cto-reflection","schemaVersion":1,"rec');

      const answer = await dispatch(again.handlers, 'reflection-get', { id });

      expect(answer).toMatchObject({
        ok: false,
        error: {
          code: 'io-error',
          message: expect.stringMatching(
            /^This reflection's file was damaged and could not be restored/,
          ),
        },
      });
      const names = await readdir(join(t.dataDir, 'reflections'));
      expect(names.some((n) => n.startsWith(`${id}.corrupt-`))).toBe(true);
      expect(await again.handlers['reflection-list']({})).toEqual([]);
    } finally {
      await again.close();
    }
  });
});
