import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RichTextDoc } from '@shared/rich-text/rich-text-schema';
import { snapshotFolder } from '../../support/folder-snapshot';
import { otherComputersPerTest } from '../../ui/support/bundles';
import { corePerTest } from '../../ui/support/core-per-test';
import { importCopy, importNewerCopy } from '../../ui/support/reviewed-copies';

const mentor = corePerTest();
const computers = otherComputersPerTest();

const body = (text: string): RichTextDoc => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

/** A candidate with one reflection, imported into the mentor's folder as a reviewed copy. */
async function reviewedCandidate(name: string, words: string) {
  const candidate = await computers.open(name);
  const reflection = await candidate.call('reflection-create', {
    title: `${name}'s budget`,
    content: body(words),
  });
  const portfolioId = await importCopy(mentor, candidate);
  return { candidate, reflection, portfolioId };
}

const failure = async (channel: string, input: unknown) => {
  const answer = (await mentor.transport(channel as never, input)) as {
    ok: boolean;
    error?: { code: string; message: string };
  };
  expect(answer.ok).toBe(false);
  return answer.error!;
};

describe('a candidate’s reviewed copy, read by the mentor', () => {
  it('answers the copy’s portfolio, reflections and one reflection, and writes nothing', async () => {
    const { reflection, portfolioId } = await reviewedCandidate('Jordan Lee', 'Chromebook carts.');
    const before = await snapshotFolder(mentor.dir);

    const portfolio = await mentor.call('candidate-portfolio-get', { portfolioId });
    expect(portfolio.profile.name).toBe('Jordan Lee');
    expect(portfolio.portfolioId).toBe(portfolioId);
    expect((await mentor.call('portfolio-get', {})).portfolioId).not.toBe(portfolioId);

    const list = await mentor.call('candidate-reflection-list', { portfolioId });
    expect(list.map((r) => [r.id, r.title, r.excerpt])).toEqual([
      [reflection.id, "Jordan Lee's budget", 'Chromebook carts.'],
    ]);
    const got = await mentor.call('candidate-reflection-get', { portfolioId, id: reflection.id });
    expect(got.content).toEqual(body('Chromebook carts.'));
    expect(
      await mentor.call('candidate-reflection-previous', { portfolioId, id: reflection.id }),
    ).toBeNull();
    const changes = await mentor.call('candidate-changed-ids', { portfolioId });
    expect(changes.hasPrevious).toBe(false);
    expect(changes.records.reflections).toEqual({ added: [], changed: [] });
    expect(await snapshotFolder(mentor.dir)).toEqual(before);
  });

  it('tells what is new and changed since the previous bundle, and the earlier text', async () => {
    const { candidate, reflection, portfolioId } = await reviewedCandidate('Sam Ortiz', 'Draft.');
    await candidate.call('reflection-update', { id: reflection.id, content: body('Final text.') });
    const added = await candidate.call('reflection-create', {
      title: 'Network',
      content: body('Switches.'),
    });
    await importNewerCopy(mentor, candidate);

    const changes = await mentor.call('candidate-changed-ids', { portfolioId });
    expect(changes.hasPrevious).toBe(true);
    expect(changes.records.reflections).toEqual({ added: [added.id], changed: [reflection.id] });
    expect(changes.records.assignments).toEqual({ added: [], changed: [] });
    const previous = await mentor.call('candidate-reflection-previous', {
      portfolioId,
      id: reflection.id,
    });
    expect(previous?.content).toEqual(body('Draft.'));
    const now = await mentor.call('candidate-reflection-get', { portfolioId, id: reflection.id });
    expect(now.content).toEqual(body('Final text.'));
  });

  it('treats a damaged previous bundle as none', async () => {
    const { candidate, portfolioId } = await reviewedCandidate('Ana Ruiz', 'One.');
    await importNewerCopy(mentor, candidate);
    const previous = join(mentor.dir, 'reviewed', portfolioId, 'previous', 'portfolio.json');
    await writeFile(previous, '{"format": "not this"');
    expect((await mentor.call('candidate-changed-ids', { portfolioId })).hasPrevious).toBe(false);
  });

  it('searches one candidate’s copy, or every copy', async () => {
    const jordan = await reviewedCandidate('Jordan Lee', 'Chromebook carts for grade five.');
    const sam = await reviewedCandidate('Sam Ortiz', 'Chromebook repairs and the budget.');
    const one = await mentor.call('candidate-search', {
      portfolioId: jordan.portfolioId,
      query: 'chromebook',
    });
    expect(one.portfolios.map((p) => p.name)).toEqual(['Jordan Lee']);
    expect(one.portfolios[0]!.groups[0]!.hits.map((h) => h.id)).toEqual([jordan.reflection.id]);

    const all = await mentor.call('candidate-search', { portfolioId: null, query: 'chromebook' });
    expect(all.portfolios.map((p) => p.portfolioId).sort()).toEqual(
      [jordan.portfolioId, sam.portfolioId].sort(),
    );
    const repairs = await mentor.call('candidate-search', { portfolioId: null, query: 'repairs' });
    expect(repairs.portfolios.map((p) => p.name)).toEqual(['Sam Ortiz']);
    // The mentor's own portfolio is not among a candidate's results.
    expect((await mentor.call('search-query', { query: 'chromebook' })).groups).toEqual([]);
  });

  it('refuses a copy that is not here, or an unknown reflection, with one sentence', async () => {
    const { portfolioId } = await reviewedCandidate('Jordan Lee', 'Text.');
    const missing = await failure('candidate-portfolio-get', { portfolioId: 'no-such-copy' });
    expect(missing.code).toBe('not-found');
    expect(missing.message).toMatch(/^That candidate's portfolio is not here: .*\.$/);
    const unknown = await failure('candidate-reflection-get', { portfolioId, id: 'nope' });
    expect(unknown).toMatchObject({ code: 'not-found' });
    const badId = await failure('candidate-reflection-list', { portfolioId: '../etc' });
    expect(badId.code).toBe('invalid-input');

    await rm(join(mentor.dir, 'reviewed', portfolioId, 'portfolio.json'));
    expect((await failure('candidate-search', { portfolioId, query: 'x' })).code).toBe('not-found');
  });
});
