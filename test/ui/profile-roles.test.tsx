import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { corePerTest } from './support/core-per-test';
import { renderApp } from './support/render-app';

const core = corePerTest();

const nav = () => screen.getByRole('navigation', { name: 'Main' });
const hasNavLink = (name: string) => within(nav()).queryByRole('link', { name }) !== null;

describe('roles on the Profile page', () => {
  it('switches a candidate to mentor and back: the reviewer profile is asked, the navigation follows, identity.json remembers', async () => {
    const { user } = renderApp(core.transport, '/profile');
    const roles = await screen.findByRole('group', { name: 'Your roles' });
    expect(within(roles).getByRole('checkbox', { name: 'Candidate' })).toHaveProperty(
      'checked',
      true,
    );
    // The reviewer's profile is asked only once a reviewer role is ticked.
    expect(screen.queryByRole('group', { name: 'Your mentor profile' })).toBeNull();
    await user.click(within(roles).getByRole('checkbox', { name: 'Mentor' }));
    const reviewer = await screen.findByRole('group', { name: 'Your mentor profile' });
    await user.type(within(reviewer).getByLabelText('Name on your reviews'), 'Sam Lee');
    await user.type(within(reviewer).getByLabelText('Years as a K-12 technology leader'), '9');
    await user.click(screen.getByRole('button', { name: 'Save roles' }));

    await screen.findByText('Roles saved.');
    await waitFor(() => expect(hasNavLink('My candidates')).toBe(true));
    expect(hasNavLink('Sessions')).toBe(true);
    expect(await core.call('identity-get', {})).toMatchObject({
      roles: ['candidate', 'mentor'],
      reviewer: { name: 'Sam Lee', yearsAsLeader: 9 },
    });

    // A mentor only: the candidate's pages and the candidate's profile leave.
    await user.click(within(roles).getByRole('checkbox', { name: 'Candidate' }));
    await user.click(screen.getByRole('button', { name: 'Save roles' }));
    await waitFor(() => expect(hasNavLink('Sessions')).toBe(false));
    expect(hasNavLink('Reviewed portfolios')).toBe(false);
    expect(screen.queryByLabelText('Cohort year')).toBeNull();
    expect((await core.call('identity-get', {})).roles).toEqual(['mentor']);

    // And back: a candidate again, the reviewer's profile kept for later.
    await user.click(within(roles).getByRole('checkbox', { name: 'Candidate' }));
    await user.click(within(roles).getByRole('checkbox', { name: 'Mentor' }));
    await user.click(screen.getByRole('button', { name: 'Save roles' }));
    await waitFor(() => expect(hasNavLink('My candidates')).toBe(false));
    expect(hasNavLink('Sessions')).toBe(true);
    expect(await core.call('identity-get', {})).toMatchObject({
      roles: ['candidate'],
      reviewer: { name: 'Sam Lee' },
    });
  });

  it('refuses no role at all with one sentence and keeps the roles saved', async () => {
    await core.call('identity-set', { roles: ['candidate'] });
    const before = await core.call('identity-get', {});
    const { user } = renderApp(core.transport, '/profile');
    const roles = await screen.findByRole('group', { name: 'Your roles' });
    await user.click(within(roles).getByRole('checkbox', { name: 'Candidate' }));
    await user.click(screen.getByRole('button', { name: 'Save roles' }));

    await screen.findByText('Choose at least one role: candidate, mentor or instructor.');
    expect(screen.queryByText('Roles saved.')).toBeNull();
    expect(await core.call('identity-get', {})).toEqual(before);
    expect(hasNavLink('Sessions')).toBe(true);
  });
});
