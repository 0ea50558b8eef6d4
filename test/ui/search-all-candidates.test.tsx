import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RichTextDoc } from '@shared/rich-text/rich-text-schema';
import { snapshotFolder } from '../support/folder-snapshot';
import { otherComputersPerTest } from './support/bundles';
import { corePerTest } from './support/core-per-test';
import { renderApp } from './support/render-app';
import { importCopy } from './support/reviewed-copies';

const mentor = corePerTest();
const computers = otherComputersPerTest();

const text = (value: string): RichTextDoc => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: value }] }],
});

/** A candidate with one reflection about Chromebooks, imported into the mentor's folder. */
async function candidateWith(name: string, title: string) {
  const candidate = await computers.open(name);
  const reflection = await candidate.call('reflection-create', {
    title,
    content: text('Chromebook carts for every classroom.'),
  });
  await candidate.call('reflection-create', { title: 'Other', content: text('Switches.') });
  return { portfolioId: await importCopy(mentor, candidate), reflection };
}

describe('Ctrl+K from My candidates', () => {
  it('searches every candidate, groups results under their names, and opens one in that candidate', async () => {
    const jordan = await candidateWith('Jordan Lee', 'Carts at Lakeside');
    const avery = await candidateWith('Avery Park', 'Carts at Hillview');
    const before = await snapshotFolder(mentor.dir);
    const { user } = renderApp(mentor.transport, '/candidates', undefined, mentor.bundleFiles);
    await screen.findByRole('heading', { level: 1, name: 'My candidates' });

    await user.keyboard('{Control>}k{/Control}');
    const dialog = await screen.findByRole('dialog', { name: 'Search all your candidates' });
    const box = within(dialog).getByRole('combobox', { name: 'Search' });
    expect(box.getAttribute('placeholder')).toMatch(/^Search all your candidates/);
    await user.type(box, 'chromebook');

    const underName = async (name: string) =>
      within(await within(dialog).findByRole('region', { name })).getAllByRole('option');
    const jordanHits = await underName('Jordan Lee');
    const averyHits = await underName('Avery Park');
    expect(jordanHits.map((option) => option.textContent)).toEqual([
      expect.stringContaining('Carts at Lakeside'),
    ]);
    expect(averyHits.map((option) => option.textContent)).toEqual([
      expect.stringContaining('Carts at Hillview'),
    ]);
    expect(within(dialog).getByRole('status').textContent).toBe('2 results');

    // The arrow keys go across candidates; Enter opens the hit inside that candidate's screens.
    const target = averyHits[0]!;
    while (box.getAttribute('aria-activedescendant') !== target.id)
      await user.keyboard('{ArrowDown}');
    await user.keyboard('{Enter}');
    await screen.findByRole('heading', { level: 1, name: 'Carts at Hillview' });
    const nav = screen.getByRole('navigation', { name: 'Avery Park’s portfolio' });
    const links = within(nav)
      .getAllByRole('link')
      .map((link) => link.getAttribute('href'));
    expect(links).toContain(`/candidates/${avery.portfolioId}/reflections`);
    expect(links.some((href) => href?.includes(jordan.portfolioId))).toBe(false);
    // Searching only reads.
    expect(await snapshotFolder(mentor.dir)).toEqual(before);
  });
});
