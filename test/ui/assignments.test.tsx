import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { corePerTest } from './support/core-per-test';
import { createAssignment, fromToday } from './support/arrange';
import { renderApp } from './support/render-app';

const core = corePerTest();

const row = (title: string) => screen.getByRole('listitem', { name: title });
const stored = async (id: string) =>
  (await core.call('portfolio-get', {})).assignments.find((a) => a.id === id);

describe('assignments', () => {
  it('moves an assignment one step along the workflow with one click', async () => {
    const memo = await createAssignment(core, { title: 'Budget memo', status: 'submitted' });
    const { user } = renderApp(core.transport, '/assignments');
    await screen.findByRole('heading', { level: 1, name: 'Assignments' });

    await user.click(within(row('Budget memo')).getByRole('button', { name: /^Mark as Returned/ }));

    await waitFor(() =>
      expect(within(row('Budget memo')).getByText('Returned with grade')).toBeTruthy(),
    );
    expect((await stored(memo.id))?.status).toBe('returned');
    // From "returned" the quick step is the first ending; the menu offers both.
    expect(
      within(row('Budget memo')).getByRole('button', { name: 'Mark as Passed: Budget memo' }),
    ).toBeTruthy();
    await user.click(within(row('Budget memo')).getByRole('button', { name: /^Actions/ }));
    const items = within(screen.getByRole('menu')).getAllByRole('menuitem', { name: /^Mark as/ });
    expect(items.map((item) => item.textContent)).toEqual([
      'Mark as Passed',
      'Mark as Needs revision',
    ]);
  });

  it('marks overdue and due-soon work in words in the list', async () => {
    await createAssignment(core, { title: 'Late essay', due: fromToday(-1) });
    await createAssignment(core, { title: 'Soon essay', due: fromToday(6) });
    renderApp(core.transport, '/assignments');
    await screen.findByRole('heading', { level: 1, name: 'Assignments' });
    expect(within(row('Late essay')).getByText('Overdue')).toBeTruthy();
    expect(within(row('Late essay')).getByText('yesterday')).toBeTruthy();
    expect(within(row('Soon essay')).getByText('in 6 days')).toBeTruthy();
  });

  it('deletes an assignment and brings it back with Undo, from the keyboard', async () => {
    const memo = await createAssignment(core, { title: 'Budget memo' });
    const { user } = renderApp(core.transport, '/assignments');
    await screen.findByRole('heading', { level: 1, name: 'Assignments' });

    // The row menu from the keyboard: Enter opens it on its first item, ↑ wraps to Delete.
    within(row('Budget memo')).getByRole('button', { name: 'Actions: Budget memo' }).focus();
    await user.keyboard('{Enter}');
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement?.textContent).toBe('Delete');
    await user.keyboard('{Enter}');
    await screen.findByText('Deleted ‘Budget memo’.');
    await waitFor(() => expect(screen.queryByRole('listitem', { name: 'Budget memo' })).toBeNull());
    expect((await stored(memo.id))?.deletedAt).not.toBeNull();

    // Focus went to Undo with the deleted row, so Enter undoes.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Undo' }));
    await user.keyboard('{Enter}');
    await screen.findByText('Restored ‘Budget memo’.');
    await screen.findByRole('listitem', { name: 'Budget memo' });
    expect((await stored(memo.id))?.deletedAt).toBeNull();
  });

  it('filters by status', async () => {
    await createAssignment(core, { title: 'Done thing', status: 'passed' });
    await createAssignment(core, { title: 'Open thing' });
    const { user } = renderApp(core.transport, '/assignments');
    await screen.findByRole('heading', { level: 1, name: 'Assignments' });
    await user.click(screen.getByRole('radio', { name: 'Passed, 1' }));
    expect(screen.getByRole('listitem', { name: 'Done thing' })).toBeTruthy();
    expect(screen.queryByRole('listitem', { name: 'Open thing' })).toBeNull();
  });

  it('shows the schema messages by a too-long title and a bad due date, and creates nothing', async () => {
    const before = (await core.call('portfolio-get', {})).assignments.length;
    const { user } = renderApp(core.transport, '/assignments/new');
    await screen.findByRole('heading', { level: 1, name: 'New assignment' });

    await user.click(screen.getByLabelText('Title'));
    await user.paste('x'.repeat(201));
    // A six-digit year is a date the browser's picker accepts but the schema does not.
    fireEvent.change(screen.getByLabelText('Due date'), { target: { value: '275760-01-01' } });
    await user.click(screen.getByRole('button', { name: 'Save assignment' }));

    const messageOf = (label: string) =>
      (screen.getByLabelText(label).getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent);
    expect(messageOf('Title')).toContain('Keep this under 200 characters.');
    expect(messageOf('Due date')).toContain('Use a date in the form YYYY-MM-DD.');
    expect((await core.call('portfolio-get', {})).assignments).toHaveLength(before);
  });

  it('creates an assignment from the form and lists it', async () => {
    const { user } = renderApp(core.transport, '/assignments/new');
    await user.type(await screen.findByLabelText('Title'), 'District tech plan review');
    await user.selectOptions(screen.getByLabelText('Kind'), 'portfolio-milestone');
    await user.type(screen.getByLabelText('Due date'), '2026-04-01');
    await user.click(screen.getByRole('button', { name: 'Save assignment' }));

    await screen.findByRole('heading', { level: 1, name: 'Assignments' });
    expect(screen.getByRole('listitem', { name: 'District tech plan review' })).toBeTruthy();
    const created = (await core.call('portfolio-get', {})).assignments.find(
      (a) => a.title === 'District tech plan review',
    );
    expect(created).toMatchObject({ kind: 'portfolio-milestone', due: '2026-04-01' });
  });
});
