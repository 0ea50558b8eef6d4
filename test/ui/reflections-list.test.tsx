import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { corePerTest } from './support/core-per-test';
import { renderApp } from './support/render-app';

const core = corePerTest();

const shownTitles = () =>
  within(screen.getByRole('list', { name: 'Reflections' }))
    .getAllByRole('listitem')
    .map((item) => within(item).getAllByRole('link')[0]?.textContent);

describe('reflections list', () => {
  it('filters by session and competency and sorts by title', async () => {
    await core.call('reflection-create', { title: 'Zoning the network', session: 6 });
    await core.call('reflection-create', {
      title: 'Audit week',
      session: 3,
      competencyIds: ['area-fiscal-management'],
    });
    await core.call('reflection-create', { title: 'Kickoff notes', session: 0 });
    const { user } = renderApp(core.transport, '/reflections');
    await screen.findByText('Showing 3 of 3 reflections.');

    await user.selectOptions(screen.getByLabelText('Sort by'), 'Title');
    expect(shownTitles()).toEqual(['Audit week', 'Kickoff notes', 'Zoning the network']);
    await user.selectOptions(screen.getByLabelText('Sort by'), 'Session');
    expect(shownTitles()).toEqual(['Kickoff notes', 'Audit week', 'Zoning the network']);

    await user.selectOptions(screen.getByLabelText('Filter by session'), 'Session 6');
    expect(shownTitles()).toEqual(['Zoning the network']);
    await user.selectOptions(screen.getByLabelText('Filter by session'), 'All sessions');
    await user.selectOptions(
      screen.getByLabelText('Filter by competency'),
      'Fiscal management (Program candidate areas)',
    );
    expect(shownTitles()).toEqual(['Audit week']);
    expect(screen.getByText('Showing 1 of 3 reflections.')).toBeTruthy();
  });

  it('creates a reflection for the filtered session and shows that session’s prompts', async () => {
    const { user } = renderApp(core.transport, '/reflections');
    await screen.findByText('No reflections yet. Start one after your next session.');
    await user.selectOptions(screen.getByLabelText('Filter by session'), 'Session 3');
    await user.click(screen.getByRole('button', { name: 'New reflection' }));

    await screen.findByRole('heading', { level: 1, name: 'Edit reflection' });
    const prompts = await screen.findByRole('complementary', { name: 'Prompts for Session 3' });
    expect(within(prompts).getByText(/10% budget reduction/)).toBeTruthy();
    // Stored with its first change (see new-reflection.test.tsx), with the list's session.
    await user.type(screen.getByRole('textbox', { name: 'Reflection text' }), 'Budget');
    await waitFor(async () => expect(await core.call('reflection-list', {})).toHaveLength(1), {
      timeout: 3000,
    });
    const [created] = await core.call('reflection-list', {});
    expect(created).toMatchObject({ title: 'Untitled reflection', session: 3 });
  });

  it('deletes a reflection and restores it with Undo', async () => {
    await core.call('reflection-create', { title: 'Second thoughts' });
    const { user } = renderApp(core.transport, '/reflections');
    await user.click(await screen.findByRole('button', { name: 'Actions: Second thoughts' }));
    await user.click(screen.getByRole('menuitem', { name: 'Delete' }));
    await screen.findByText('Deleted ‘Second thoughts’.');
    expect((await core.call('reflection-list', {})).every((r) => r.deletedAt !== null)).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('Restored ‘Second thoughts’.');
    await screen.findByRole('link', { name: 'Second thoughts' });
    expect((await core.call('reflection-list', {}))[0]?.deletedAt).toBeNull();
  });
});
