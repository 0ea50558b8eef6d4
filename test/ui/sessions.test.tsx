import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { corePerTest } from './support/core-per-test';
import { renderApp } from './support/render-app';

const core = corePerTest();

describe('sessions', () => {
  it('saves a changed attendance to the portfolio', async () => {
    const { user } = renderApp(core.transport, '/sessions');
    await user.click(await screen.findByRole('link', { name: 'Session 3: Fiscal Management' }));
    await screen.findByRole('heading', { level: 1, name: 'Session 3: Fiscal Management' });

    const attendance = screen.getByRole('radiogroup', { name: 'Attendance' });
    await user.click(within(attendance).getByRole('radio', { name: 'Attended' }));
    await user.click(screen.getByRole('button', { name: 'Save session' }));

    await screen.findByText('Session saved.');
    const { sessions } = await core.call('portfolio-get', {});
    expect(sessions.find((s) => s.number === 3)?.attendance).toBe('attended');
    expect(sessions.filter((s) => s.attendance === 'attended')).toHaveLength(1);
  });

  it('moves the due dates of the session’s template assignments when its date changes', async () => {
    const { user } = renderApp(core.transport, '/sessions');
    await user.click(await screen.findByRole('link', { name: 'Session 3: Fiscal Management' }));
    const date = await screen.findByLabelText('Date');
    await user.clear(date);
    await user.type(date, '2026-05-12');
    await user.click(screen.getByRole('button', { name: 'Save session' }));
    await screen.findByText('Session saved.');

    const { sessions, assignments } = await core.call('portfolio-get', {});
    expect(sessions.find((s) => s.number === 3)?.date).toBe('2026-05-12');
    const followers = assignments.filter((a) => a.session === 3 && a.dueOffsetDays !== null);
    expect(followers.length).toBeGreaterThan(0);
    expect(followers.every((a) => a.due !== null)).toBe(true);
    // The refetched portfolio shows the moved dates on the page.
    const list = screen.getByRole('region', { name: 'Assignments for this session' });
    expect(within(list).getAllByRole('listitem').length).toBeGreaterThan(0);
    expect(within(list).queryAllByText('No date yet')).toHaveLength(
      assignments.filter((a) => a.session === 3 && a.due === null).length,
    );
  });

  it('saves program feedback on a session', async () => {
    const { user } = renderApp(core.transport, '/sessions');
    await user.click(
      await screen.findByRole('link', { name: 'Session 1: Leadership and Strategic Planning' }),
    );
    const rating = await screen.findByRole('radiogroup', { name: 'Rating' });
    await user.click(within(rating).getByRole('radio', { name: '4 of 5' }));
    await user.type(screen.getByLabelText('Comments'), 'Great case studies.');
    await user.click(screen.getByRole('button', { name: 'Save feedback' }));

    await screen.findByText('Feedback saved.');
    const { sessions } = await core.call('portfolio-get', {});
    expect(sessions.find((s) => s.number === 1)?.feedback).toMatchObject({
      rating: 4,
      comments: 'Great case studies.',
    });
  });
});
