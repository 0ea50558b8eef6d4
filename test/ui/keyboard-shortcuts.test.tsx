import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { corePerTest } from './support/core-per-test';
import { createAssignment } from './support/arrange';
import { renderApp } from './support/render-app';

const core = corePerTest();

const heading = (name: string) => screen.findByRole('heading', { level: 1, name });

describe('keyboard shortcuts', () => {
  it('lists every shortcut on ?, with the G-letter of each page of the navigation', async () => {
    const { user } = renderApp(core.transport, '/');
    await heading('Dashboard');
    await user.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    for (const page of ['Dashboard', 'Assignments', 'Reflections', 'Artifacts', 'Profile']) {
      expect(within(dialog).getByText(page, { selector: 'dd' })).toBeTruthy();
    }
    const assignments = within(dialog).getByText('Assignments', { selector: 'dd' });
    expect(assignments.previousElementSibling?.textContent).toBe('G then A');
    // A shortcut typed while the list is open does nothing behind it.
    await user.keyboard('ga');
    expect(screen.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeTruthy();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    // The header's button opens the same list.
    await user.click(screen.getByRole('button', { name: 'Keyboard shortcuts' }));
    expect(await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })).toBeTruthy();
  });

  it('has a page of its own, where the desktop menu’s Help → Keyboard Shortcuts leads', async () => {
    renderApp(core.transport, '/shortcuts');
    await heading('Keyboard shortcuts');
    const goTo = screen.getByRole('heading', { level: 2, name: 'Go to a page' });
    const list = goTo.nextElementSibling as HTMLElement;
    expect(within(list).getByText('Evidence map').previousElementSibling?.textContent).toBe(
      'G then E',
    );
  });

  it('goes to a page with G then its letter, and makes a new item with N', async () => {
    const { user } = renderApp(core.transport, '/');
    await heading('Dashboard');
    await user.keyboard('ga');
    await heading('Assignments');
    await user.keyboard('gr');
    await heading('Reflections');
    await user.keyboard('gl');
    await heading('Mentor log');
    await user.keyboard('n');
    await heading('New log entry');
    await user.keyboard('ga');
    await heading('Assignments');
    const create = screen.getByRole('link', { name: /New assignment/ });
    expect(create.getAttribute('aria-keyshortcuts')).toBe('N');
    await user.keyboard('n');
    await heading('New assignment');
  });

  it('leaves keys alone while the user types in a field', async () => {
    const { user } = renderApp(core.transport, '/assignments/new');
    await heading('New assignment');
    const title = screen.getByLabelText(/^Title/);
    await user.click(title);
    await user.keyboard('gang?');
    expect((title as HTMLInputElement).value).toBe('gang?');
    expect(screen.getByRole('heading', { level: 1, name: 'New assignment' })).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('moves between rows with the arrows and deletes the focused row with Delete, with undo', async () => {
    await createAssignment(core, { title: 'Alpha memo' });
    await createAssignment(core, { title: 'Beta memo' });
    const { user } = renderApp(core.transport, '/assignments?session=none');
    const alpha = within(await screen.findByRole('listitem', { name: 'Alpha memo' })).getByRole(
      'link',
      { name: 'Alpha memo' },
    );
    const beta = within(screen.getByRole('listitem', { name: 'Beta memo' })).getByRole('link', {
      name: 'Beta memo',
    });
    alpha.focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(beta);
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(beta);
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(alpha);
    await user.keyboard('{End}{Delete}');
    await waitFor(() => expect(screen.queryByRole('listitem', { name: 'Beta memo' })).toBeNull());
    const live = (await core.call('portfolio-get', {})).assignments.filter(
      (a) => a.deletedAt === null && a.session === null,
    );
    expect(live.map((a) => a.title)).toEqual(['Alpha memo']);
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('listitem', { name: 'Beta memo' })).toBeTruthy();
  });
});
