import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { corePerTest } from './support/core-per-test';
import { createAssignment, fromToday } from './support/arrange';
import { renderApp } from './support/render-app';

const core = corePerTest();

const section = (name: string) => screen.getByRole('region', { name });

describe('dashboard', () => {
  it('lists overdue work under Overdue and work due this week as due soon, in words', async () => {
    await createAssignment(core, { title: 'Budget memo', due: fromToday(-3) });
    await createAssignment(core, { title: 'Strategic plan draft', due: fromToday(2) });
    await createAssignment(core, { title: 'Final slides', due: fromToday(40) });
    await createAssignment(core, { title: 'Old essay', due: fromToday(-9), status: 'passed' });
    renderApp(core.transport);
    await screen.findByRole('heading', { level: 1, name: 'Dashboard' });

    const overdue = section('Overdue');
    const late = within(overdue).getByRole('link', { name: 'Budget memo' }).closest('li');
    expect(late?.querySelector('.badge')?.textContent).toBe('Overdue');
    expect(within(overdue).queryByText('Old essay')).toBeNull();

    const dueNext = section('Due next');
    const soon = within(dueNext).getByRole('link', { name: 'Strategic plan draft' }).closest('li');
    expect(soon?.querySelector('.badge')?.textContent).toBe('Due in 2 days');
    const later = within(dueNext).getByRole('link', { name: 'Final slides' }).closest('li');
    expect(later?.querySelector('.badge')).toBeNull();
  });

  it('lists the five oldest overdue assignments and links to the list of all of them', async () => {
    for (const days of [1, 2, 3, 4, 5, 6, 7]) {
      await createAssignment(core, { title: `Late by ${days}`, due: fromToday(-days) });
    }
    await createAssignment(core, { title: 'Not yet due', due: fromToday(3) });
    const { user } = renderApp(core.transport);
    await screen.findByRole('heading', { level: 1, name: 'Dashboard' });

    const overdue = section('Overdue');
    expect(
      within(overdue)
        .getAllByRole('listitem')
        .map((li) => li.firstChild?.textContent),
    ).toEqual(['Late by 7', 'Late by 6', 'Late by 5', 'Late by 4', 'Late by 3']);
    await user.click(within(overdue).getByRole('link', { name: 'All 7 overdue assignments' }));

    await screen.findByRole('heading', { level: 1, name: 'Assignments' });
    expect(screen.getByRole('radio', { name: /^Overdue, / }).matches(':checked')).toBe(true);
    expect(screen.getByText(/^Showing 7 of \d+ assignments\.$/)).toBeTruthy();
    expect(screen.queryByRole('listitem', { name: 'Not yet due' })).toBeNull();
  });

  it('shows every session in order with its attendance, and the days to the next one', async () => {
    const { sessions } = await core.call('portfolio-get', {});
    const third = sessions.find((s) => s.number === 3);
    await core.call('session-update', { id: third!.id, date: fromToday(5) });
    const first = sessions.find((s) => s.number === 1);
    await core.call('session-update', {
      id: first!.id,
      date: fromToday(-20),
      attendance: 'attended',
    });
    renderApp(core.transport);
    await screen.findByRole('heading', { level: 1, name: 'Dashboard' });

    const items = within(section('Sessions')).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('.timeline-label')?.textContent)).toEqual([
      'Kickoff',
      ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `Session ${n}`),
      'Final presentations',
    ]);
    expect(items[1]?.textContent).toContain('Attended');
    expect(within(section('Next session')).getByText('In 5 days')).toBeTruthy();
    expect(
      screen.getByRole('progressbar', { name: 'Sessions attended' }).getAttribute('aria-valuetext'),
    ).toBe('1 of 8');
  });
});
