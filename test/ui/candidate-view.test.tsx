import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RichTextDoc } from '@shared/rich-text/rich-text-schema';
import { snapshotFolder } from '../support/folder-snapshot';
import { otherComputersPerTest } from './support/bundles';
import { createAssignment } from './support/arrange';
import { corePerTest } from './support/core-per-test';
import { createInvoke } from '../../renderer/api/client';
import { ApiError } from '../../renderer/api/api-error';
import { candidateInvoke } from '../../renderer/features/candidate-view/candidate-invoke';
import { renderApp } from './support/render-app';
import { importCopy, importNewerCopy } from './support/reviewed-copies';
import type { TestCore } from './support/test-core';

const mentor = corePerTest();
const computers = otherComputersPerTest();

const paragraph = (...content: RichTextDoc['content']): RichTextDoc => ({
  type: 'doc',
  content: [{ type: 'paragraph', content }],
});
const text = (value: string) => paragraph({ type: 'text', text: value });

async function pdfOf(candidate: TestCore, name: string) {
  const file = new File([new TextEncoder().encode('%PDF-1.4\n%%EOF\n')], name);
  const [artifact] = await candidate.artifactFiles.addFile(file, {
    onProgress: () => undefined,
    signal: new AbortController().signal,
  });
  return artifact!;
}

/** The candidate's screens as the mentor opens them, at `path` under the candidate's address. */
function openCandidate(portfolioId: string, path = '') {
  return renderApp(
    mentor.transport,
    `/candidates/${portfolioId}${path}`,
    undefined,
    mentor.bundleFiles,
  );
}

const candidateNav = () => screen.getByRole('navigation', { name: 'Jordan Lee’s portfolio' });

describe('a candidate’s portfolio in the candidate’s own screens', () => {
  it(
    'shows the dashboard, an assignment, a reflection and an artifact, read-only',
    { timeout: 60_000 },
    async () => {
      const candidate = await computers.open('Jordan Lee');
      await createAssignment(candidate, { title: 'Budget memo', description: 'Two pages.' });
      await candidate.call('reflection-create', {
        title: 'Carts',
        content: paragraph(
          { type: 'text', text: 'Chromebook', marks: [{ type: 'bold' }] },
          { type: 'text', text: ' carts for grade five.' },
        ),
      });
      const pdf = await pdfOf(candidate, 'board report.pdf');
      const portfolioId = await importCopy(mentor, candidate);
      const before = await snapshotFolder(mentor.dir);

      const { user } = openCandidate(portfolioId);
      await screen.findByRole('heading', { level: 1, name: 'Dashboard' });
      expect(screen.getByText('Where Jordan Lee is in the program.')).toBeTruthy();
      const back = screen.getByRole('link', { name: 'Back to My candidates' });
      expect(back.getAttribute('href')).toBe('/candidates');

      await user.click(within(candidateNav()).getByRole('link', { name: 'Assignments' }));
      await screen.findByRole('heading', { level: 1, name: 'Assignments' });
      expect(screen.queryByRole('link', { name: 'New assignment' })).toBeNull();
      expect(screen.queryByRole('button', { name: /^Actions: / })).toBeNull();
      await user.click(screen.getByRole('link', { name: 'Budget memo' }));
      await screen.findByRole('heading', { level: 1, name: 'Budget memo' });
      expect(screen.getByText('Two pages.')).toBeTruthy();
      expect(screen.queryByRole('textbox')).toBeNull();
      expect(screen.queryByRole('button', { name: /^Save/ })).toBeNull();

      await user.click(within(candidateNav()).getByRole('link', { name: 'Reflections' }));
      await user.click(await screen.findByRole('link', { name: 'Carts' }));
      await screen.findByRole('heading', { level: 1, name: 'Carts' });
      const body = await screen.findByRole('region', { name: 'Reflection text' });
      await within(body).findByText('Chromebook');
      expect(body.querySelector('strong')?.textContent).toBe('Chromebook');
      expect(body.querySelector('[contenteditable="true"]')).toBeNull();
      expect(screen.queryByRole('toolbar')).toBeNull();
      expect(screen.queryByRole('textbox')).toBeNull();
      // Status and links read as values, not as controls.
      expect(screen.getAllByText('Draft').length).toBeGreaterThan(0);
      expect(screen.queryByRole('radiogroup')).toBeNull();
      expect(screen.queryByRole('checkbox')).toBeNull();

      await user.click(within(candidateNav()).getByRole('link', { name: 'Artifacts' }));
      await user.click(await screen.findByRole('link', { name: 'board report' }));
      const preview = await screen.findByRole('region', { name: 'Preview' });
      const frame = within(preview).getByTitle('Preview of board report');
      expect(frame.getAttribute('src')).toBe(
        `/reviewed/test-token/${portfolioId}/artifacts/${pdf.sha256}`,
      );
      const served = join(mentor.dir, 'reviewed', portfolioId, 'artifacts', pdf.sha256);
      expect((await stat(served)).isFile()).toBe(true);
      expect(screen.queryByRole('button', { name: 'Remove' })).toBeNull();

      expect(await snapshotFolder(mentor.dir)).toEqual(before);
    },
  );

  it('marks what is new and changed since the previous bundle, and a reflection’s text changes', async () => {
    const candidate = await computers.open('Jordan Lee');
    const budget = await candidate.call('reflection-create', {
      title: 'Budget',
      content: text('We bought ten carts.'),
    });
    const portfolioId = await importCopy(mentor, candidate);
    await candidate.call('reflection-update', {
      id: budget.id,
      content: text('We bought twelve carts and chargers.'),
    });
    await candidate.call('reflection-create', { title: 'Network', content: text('Switches.') });
    await importNewerCopy(mentor, candidate);

    const { user } = openCandidate(portfolioId, '/reflections');
    const budgetRow = (await screen.findByRole('link', { name: 'Budget' })).closest('li')!;
    await within(budgetRow).findByText('Changed');
    const networkRow = screen.getByRole('link', { name: 'Network' }).closest('li')!;
    expect(within(networkRow).getByText('New')).toBeTruthy();

    await user.click(within(budgetRow).getByRole('link', { name: 'Budget' }));
    const changes = await screen.findByRole('region', {
      name: 'Changes since the previous bundle',
    });
    await within(changes).findByText('3 words added, 1 word removed.');
    const inserted = [...changes.querySelectorAll('ins')].map((e) => e.textContent).join('|');
    const deleted = [...changes.querySelectorAll('del')].map((e) => e.textContent).join('|');
    expect(inserted).toContain('twelve');
    expect(inserted).toContain('chargers');
    expect(deleted).toContain('ten');
    expect(inserted).toContain('Added: ');
  });

  it('lets no change of the candidate’s content through, and searches the candidate with Ctrl+K', async () => {
    const candidate = await computers.open('Jordan Lee');
    const carts = await candidate.call('reflection-create', {
      title: 'Carts',
      content: text('Chromebook carts.'),
    });
    await candidate.call('reflection-create', { title: 'Other', content: text('Switches.') });
    const portfolioId = await importCopy(mentor, candidate);
    const before = await snapshotFolder(mentor.dir);

    const invoke = candidateInvoke(createInvoke(mentor.transport), portfolioId);
    expect((await invoke('portfolio-get', {})).profile.name).toBe('Jordan Lee');
    const refused = invoke('reflection-update', { id: carts.id, title: 'Changed by the mentor' });
    await expect(refused).rejects.toBeInstanceOf(ApiError);
    await expect(refused).rejects.toMatchObject({
      code: 'read-only',
      message: expect.stringMatching(/^This is the candidate’s own portfolio, shown read-only/),
    });
    await expect(invoke('assignment-delete', { id: carts.id })).rejects.toMatchObject({
      code: 'read-only',
    });
    // The core has no route into the copy either: the user's own channels never reach it.
    const direct = await mentor.transport('reflection-update', { id: carts.id, title: 'X' });
    expect(direct).toMatchObject({ ok: false, error: { code: 'not-found' } });

    const { user } = openCandidate(portfolioId);
    await screen.findByRole('heading', { level: 1, name: 'Dashboard' });
    await user.keyboard('{Control>}k{/Control}');
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('combobox', { name: 'Search' }), 'chromebook');
    const option = await within(dialog).findByRole('option');
    expect(option.textContent).toContain('Carts');
    await user.keyboard('{Enter}');
    await screen.findByRole('heading', { level: 1, name: 'Carts' });
    expect(candidateNav()).toBeTruthy();
    expect(await snapshotFolder(mentor.dir)).toEqual(before);
  });

  it('keeps the list filters working in the read-only screens: they choose what to show', async () => {
    const candidate = await computers.open('Jordan Lee');
    await createAssignment(candidate, { title: 'Budget memo', description: 'Two pages.' });
    const portfolioId = await importCopy(mentor, candidate);

    const { user } = openCandidate(portfolioId, '/assignments');
    await screen.findByRole('heading', { level: 1, name: 'Assignments' });
    const kind = screen.getByRole('combobox', { name: 'Filter by kind' });
    expect(screen.getByText('Budget memo')).toBeTruthy();
    await user.selectOptions(kind, 'Class oral presentation');
    await screen.findByText(/^Showing 1 of \d+ assignments\.$/);
    expect(screen.queryByText('Budget memo')).toBeNull();
  });
});
