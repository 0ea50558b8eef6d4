import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { bundleFileOf, importInto, otherComputersPerTest } from './support/bundles';
import { corePerTest } from './support/core-per-test';
import { renderApp } from './support/render-app';

const core = corePerTest();
const computers = otherComputersPerTest();

async function importCandidate(name: string, organisation: string, attended: number) {
  const candidate = await computers.open(name);
  await candidate.call('profile-update', { organisation, cohortYear: 2026 });
  const sessions = (await candidate.call('portfolio-get', {})).sessions;
  for (const session of sessions.filter((s) => s.number >= 1 && s.number <= attended)) {
    await candidate.call('session-update', { id: session.id, attendance: 'attended' });
  }
  await importInto(core, await bundleFileOf(candidate), 'review');
}

const rowNames = () => screen.getAllByRole('rowheader').map((cell) => cell.textContent);

describe('My candidates', () => {
  it('explains how to add a candidate while there is none, beside the import button', async () => {
    renderApp(core.transport, '/reviewed', undefined, core.bundleFiles);
    await screen.findByRole('heading', { level: 1, name: 'My candidates' });
    expect(
      await screen.findByText(/^No candidates yet\. Ask your candidate for their \.ctoportfolio/),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: /^Import a bundle/ })).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('sorts by a column with the keyboard alone, and turns the order round', async () => {
    await importCandidate('Jordan Lee', 'Lakeside USD', 1);
    await importCandidate('Ana Ruiz', 'Hill County', 3);
    const { user } = renderApp(core.transport, '/candidates', undefined, core.bundleFiles);
    await screen.findByRole('rowheader', { name: 'Jordan Lee' });
    expect(rowNames()).toEqual(['Ana Ruiz', 'Jordan Lee']);
    const nameHeader = screen.getByRole('columnheader', { name: 'Name' });
    expect(nameHeader.getAttribute('aria-sort')).toBe('ascending');

    const sessions = screen.getByRole('button', { name: 'Sessions attended' });
    sessions.focus();
    await user.keyboard('{Enter}');
    expect(rowNames()).toEqual(['Jordan Lee', 'Ana Ruiz']);
    const header = screen.getByRole('columnheader', { name: 'Sessions attended' });
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    expect(nameHeader.getAttribute('aria-sort')).toBe('none');
    await user.keyboard('{Enter}');
    expect(header.getAttribute('aria-sort')).toBe('descending');
    expect(rowNames()).toEqual(['Ana Ruiz', 'Jordan Lee']);

    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Assignments passed' }));
    await user.keyboard(' ');
    expect(
      screen.getByRole('columnheader', { name: 'Assignments passed' }).getAttribute('aria-sort'),
    ).toBe('ascending');
  });

  it('shows a row’s figures, opens its changes, marks them seen, and removes it', async () => {
    await importCandidate('Jordan Lee', 'Lakeside USD', 2);
    const { user } = renderApp(core.transport, '/candidates', undefined, core.bundleFiles);
    const row = (await screen.findByRole('rowheader', { name: 'Jordan Lee' })).closest('tr')!;
    expect(within(row).getByText('Lakeside USD')).toBeTruthy();
    expect(within(row).getByText('2026')).toBeTruthy();
    const changes = within(row).getByRole('link', {
      name: /changes since you last looked at Jordan Lee/,
    });
    expect(screen.getByRole('button', { name: 'Export cohort CSV' })).toBeTruthy();

    await user.click(changes);
    await screen.findByRole('heading', { level: 1, name: 'What changed: Jordan Lee' });
    expect(
      await screen.findByRole('heading', { level: 2, name: /^Sessions \(\d+\)$/ }),
    ).toBeTruthy();
    expect(screen.getByText(/everything in it counts as new/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Mark as seen' }));
    await screen.findByText('Nothing changed since you last looked.');
    const [listed] = (await core.call('candidates-list', {})).rows;
    expect(listed?.changesSinceLastLook).toBe(0);

    await user.click(screen.getByRole('link', { name: 'All my candidates' }));
    const again = (await screen.findByRole('rowheader', { name: 'Jordan Lee' })).closest('tr')!;
    await within(again).findByRole('link', { name: /^0 changes since/ });
    await user.click(within(again).getByRole('button', { name: 'Actions: Jordan Lee' }));
    await user.click(screen.getByRole('menuitem', { name: 'Remove…' }));
    const dialog = await screen.findByRole('dialog', { name: "Remove Jordan Lee's portfolio?" });
    await user.click(within(dialog).getByRole('button', { name: 'Remove' }));
    await screen.findByText("Removed Jordan Lee's portfolio.");
    await screen.findByText(/^No candidates yet\./);
    expect((await core.call('candidates-list', {})).rows).toEqual([]);
  });

  it('summarises the program feedback per session for the coordinator', async () => {
    const candidate = await computers.open('Ana Ruiz');
    const session = (await candidate.call('portfolio-get', {})).sessions.find(
      (s) => s.number === 1,
    )!;
    await candidate.call('session-feedback-set', {
      id: session.id,
      rating: 4,
      comments: 'Great budget examples.',
    });
    await importInto(core, await bundleFileOf(candidate), 'review');
    const { user } = renderApp(core.transport, '/candidates', undefined, core.bundleFiles);
    await user.click(await screen.findByRole('link', { name: 'Program feedback by session' }));
    const heading = await screen.findByRole('heading', { level: 2, name: /^Session 1/ });
    const card = heading.closest('section')!;
    expect(within(card).getByText('Average rating 4 of 5 from one candidate')).toBeTruthy();
    expect(within(card).getByText('Great budget examples.')).toBeTruthy();
  });
});
