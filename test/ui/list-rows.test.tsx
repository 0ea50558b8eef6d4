import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createInvoke } from '../../renderer/api/client';
import { App } from '../../renderer/app/App';
import { preloadPages } from '../../renderer/app/lazy-page';
import { corePerTest } from './support/core-per-test';
import { createAssignment } from './support/arrange';

await preloadPages();
const core = corePerTest();

/** The app at `path`, with its router, so a test can read the address the page keeps. */
function renderWithRouter(path: string) {
  let router: ReturnType<typeof createMemoryRouter> | undefined;
  render(
    <App
      invoke={createInvoke(core.transport)}
      createRouter={(routes) => {
        router = createMemoryRouter(routes, { initialEntries: [path] });
        return router;
      }}
    />,
  );
  return { user: userEvent.setup(), search: () => router?.state.location.search };
}

const PROGRAM_ORDER = [
  'Kickoff',
  ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `Session ${n}`),
  'Final presentations',
  'No session',
];

const groupHeadings = () =>
  [...document.querySelectorAll('.row-group')].map(
    (group) => group.querySelector('h2 span')?.textContent,
  );

describe('lists that scan', () => {
  it('groups assignments by session in program order before any date is set', async () => {
    await createAssignment(core, { title: 'Final talk', session: 9 });
    await createAssignment(core, { title: 'No home' });
    await createAssignment(core, { title: 'Third', session: 3 });
    await createAssignment(core, { title: 'Kickoff survey', session: 0 });
    renderWithRouter('/assignments');
    await screen.findByRole('heading', { level: 1, name: 'Assignments' });
    // The new portfolio's own assignments are there too: every group is in program order.
    const headings = groupHeadings();
    expect(headings).toEqual(PROGRAM_ORDER.filter((label) => headings.includes(label)));
    expect(headings).toEqual(
      expect.arrayContaining(['Kickoff', 'Session 3', 'Final presentations']),
    );
    expect(headings.at(-1)).toBe('No session');
    const third = screen.getByRole('list', { name: 'Session 3' });
    expect(within(third).getByRole('listitem', { name: 'Third' })).toBeTruthy();
  });

  it('runs the row menu from the keyboard and gives the focus back on Escape', async () => {
    await createAssignment(core, { title: 'Budget memo' });
    const { user } = renderWithRouter('/assignments');
    const row = await screen.findByRole('listitem', { name: 'Budget memo' });
    const button = within(row).getByRole('button', { name: 'Actions: Budget memo' });
    button.focus();
    await user.keyboard('{ArrowDown}');
    const menu = screen.getByRole('menu', { name: 'Actions: Budget memo' });
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement?.textContent).toBe('Edit');
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement?.textContent).toBe('Mark as In progress');
    await user.keyboard('{End}');
    expect(document.activeElement?.textContent).toBe('Delete');
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement?.textContent).toBe('Edit');
    await user.keyboard('{Escape}');
    expect(menu.isConnected).toBe(false);
    expect(document.activeElement).toBe(button);
    expect(button.getAttribute('aria-expanded')).toBe('false');

    // Enter opens on the first item; ↓ then Enter runs the next status step.
    await user.keyboard('{Enter}');
    await user.keyboard('{ArrowDown}{Enter}');
    await waitFor(() => expect(within(row).getByText('In progress')).toBeTruthy());
    const stored = (await core.call('portfolio-get', {})).assignments.find(
      (a) => a.title === 'Budget memo',
    );
    expect(stored?.status).toBe('in-progress');
    expect(document.activeElement).toBe(button);
  });

  it('keeps the status chip in the address, with the counts of what each would show', async () => {
    await createAssignment(core, { title: 'Done thing', status: 'passed' });
    await createAssignment(core, { title: 'Open thing' });
    await createAssignment(core, { title: 'Other open thing' });
    // Of no session, so the new portfolio's own assignments stay out of the counts.
    const { user, search } = renderWithRouter('/assignments?session=none&status=passed');
    await screen.findByRole('heading', { level: 1, name: 'Assignments' });
    const passed = screen.getByRole('radio', { name: 'Passed, 1' });
    expect((passed as HTMLInputElement).checked).toBe(true);
    expect(screen.queryByRole('listitem', { name: 'Open thing' })).toBeNull();

    await user.click(screen.getByRole('radio', { name: 'Not started, 2' }));
    expect(search()).toBe('?session=none&status=not-started');
    expect(screen.getByRole('listitem', { name: 'Open thing' })).toBeTruthy();
    expect(screen.queryByRole('listitem', { name: 'Done thing' })).toBeNull();
    expect(screen.getByText(/^Showing 2 of \d+ assignments\.$/)).toBeTruthy();

    await user.click(screen.getByRole('radio', { name: 'All, 3' }));
    expect(search()).toBe('?session=none');
  });

  it('keeps the reflections’ filters in the address too', async () => {
    await core.call('reflection-create', { title: 'A draft', session: 2 });
    const { user, search } = renderWithRouter('/reflections');
    await screen.findByText('Showing 1 of 1 reflections.');
    await user.click(screen.getByRole('radio', { name: 'Draft, 1' }));
    await user.selectOptions(screen.getByLabelText('Filter by session'), 'Session 2');
    expect(new URLSearchParams(search()).toString()).toBe('session=2&status=draft');
    expect(screen.getByRole('listitem', { name: 'A draft' })).toBeTruthy();
  });
});
