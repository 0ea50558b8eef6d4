import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { corePerTest } from './support/core-per-test';
import { createAssignment } from './support/arrange';
import { renderApp } from './support/render-app';

const core = corePerTest();

describe('search', () => {
  it('opens with Ctrl+K, groups results by kind and marks the matches', async () => {
    await core.call('reflection-create', { title: 'Budget season lessons' });
    await createAssignment(core, { title: 'Budget memo' });
    const { user } = renderApp(core.transport, '/');
    await screen.findByRole('heading', { level: 1, name: 'Dashboard' });

    await user.keyboard('{Control>}k{/Control}');
    const dialog = await screen.findByRole('dialog', { name: 'Search your portfolio' });
    const box = within(dialog).getByRole('combobox', { name: 'Search' });
    expect(document.activeElement).toBe(box);
    await user.type(box, 'budget');

    const reflections = await within(dialog).findByRole('heading', { name: 'Reflections' });
    expect(within(dialog).getByRole('heading', { name: 'Assignments' })).toBeTruthy();
    const reflectionList = within(dialog).getByRole('listbox', { name: 'Reflections' });
    expect(within(reflectionList).getByRole('option').textContent).toContain(
      'Budget season lessons',
    );
    expect(reflections).toBeTruthy();
    const marks = dialog.querySelectorAll('mark');
    expect([...marks].map((m) => m.textContent?.toLowerCase())).toContain('budget');
  });

  it('moves through results with the arrow keys and opens one with Enter', async () => {
    const reflection = await core.call('reflection-create', { title: 'Fiscal reflections' });
    await createAssignment(core, { title: 'Fiscal plan' });
    const { user } = renderApp(core.transport, '/');
    await screen.findByRole('heading', { level: 1, name: 'Dashboard' });
    await user.click(screen.getByRole('button', { name: 'Search' }));
    const box = screen.getByRole('combobox', { name: 'Search' });
    await user.type(box, 'fiscal');
    await screen.findAllByRole('option');

    const options = () => screen.getAllByRole('option');
    const activeId = () => box.getAttribute('aria-activedescendant');
    expect(activeId()).toBe(options()[0]!.id);
    await user.keyboard('{ArrowDown}');
    expect(activeId()).toBe(options()[1]!.id);
    await user.keyboard('{ArrowUp}');
    const target = options().find((o) => o.textContent?.includes('Fiscal reflections'));
    while (activeId() !== target?.id) await user.keyboard('{ArrowDown}');
    await user.keyboard('{Enter}');

    await screen.findByRole('heading', { level: 1, name: 'Edit reflection' });
    expect(screen.queryByRole('dialog')).toBeNull();
    // The page's heading shows while the reflection itself is still loading.
    const title = (await screen.findByLabelText('Title')) as HTMLInputElement;
    expect(title.value).toBe(reflection.title);
  });

  it('says when nothing matches, and closes with Escape', async () => {
    const { user } = renderApp(core.transport, '/');
    await screen.findByRole('heading', { level: 1, name: 'Dashboard' });
    await user.keyboard('{Control>}k{/Control}');
    const box = await screen.findByRole('combobox', { name: 'Search' });
    await user.type(box, 'zzyzx');
    await screen.findByText('Nothing matches “zzyzx”.');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});
