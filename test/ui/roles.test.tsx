import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { corePerTest } from './support/core-per-test';
import { renderApp } from './support/render-app';

const core = corePerTest({ welcome: 'shown' });

const WELCOME = 'Welcome to CTO Mentor Portfolio';
const nav = () => screen.getByRole('navigation', { name: 'Main' });
/** A link's words as a screen reader hears them: without the shortcut hint, which is hidden from it. */
const spokenText = (link: HTMLElement) => {
  const copy = link.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return copy.textContent;
};
const navLinks = () => within(nav()).getAllByRole('link').map(spokenText);
const identityFileExists = () =>
  access(join(core.dir, 'identity.json')).then(
    () => true,
    () => false,
  );

async function chooseRoles(user: UserEvent, roles: string[]) {
  await screen.findByRole('group', { name: 'Who am I?' });
  for (const role of roles) await user.click(screen.getByRole('checkbox', { name: role }));
  await user.click(screen.getByRole('button', { name: 'Continue' }));
}

describe('who am I, on the first run', () => {
  it('asks for at least one role, in one sentence, and saves nothing until there is one', async () => {
    const { user } = renderApp(core.transport);
    await chooseRoles(user, []);

    const group = screen.getByRole('group', { name: 'Who am I?' });
    const describedBy = (group.getAttribute('aria-describedby') ?? '').split(' ');
    const messages = describedBy.map((id) => document.getElementById(id)?.textContent);
    expect(messages).toContain('Choose at least one role: candidate, mentor or instructor.');
    expect(await identityFileExists()).toBe(false);
    expect((await core.call('portfolio-get', {})).profile.welcomeCompletedAt).toBeNull();
  });

  it("asks a mentor the mentor's profile, not the candidate's questions, and opens on My candidates", async () => {
    const { user } = renderApp(core.transport);
    await chooseRoles(user, ['Mentor']);

    await screen.findByRole('group', { name: 'Your mentor profile' });
    expect(screen.queryByLabelText('Cohort year')).toBeNull();
    expect(screen.queryByLabelText("Mentor's name")).toBeNull();
    expect(screen.queryByRole('group', { name: 'Session dates' })).toBeNull();
    await user.type(screen.getByLabelText('Name on your reviews'), 'Rosa Diaz');
    await user.type(screen.getByLabelText('Position'), 'Chief Technology Officer');
    await user.type(screen.getByLabelText('Organisation'), 'Valley USD');
    await user.type(screen.getByLabelText('Years as a K-12 technology leader'), '99');
    await user.type(screen.getByLabelText('Degree or CTO certification'), 'M.Ed.; CETL');
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));

    // Out of range: the schema's sentence by the field, and the profile is not saved.
    await screen.findByText('Enter years from 0 to 60.');
    expect((await core.call('identity-get', {})).reviewer.name).toBe('');
    await user.clear(screen.getByLabelText('Years as a K-12 technology leader'));
    await user.type(screen.getByLabelText('Years as a K-12 technology leader'), '14');
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));

    // A reviewer only: My candidates is where the app opens, and no candidate pages are offered.
    await waitFor(() =>
      expect(
        within(nav()).getByRole('link', { name: 'My candidates' }).getAttribute('aria-current'),
      ).toBe('page'),
    );
    expect(navLinks()).toEqual(['My candidates', 'Profile']);
    const identity = await core.call('identity-get', {});
    expect(identity).toMatchObject({
      roles: ['mentor'],
      reviewer: {
        name: 'Rosa Diaz',
        position: 'Chief Technology Officer',
        organisation: 'Valley USD',
        yearsAsLeader: 14,
        credential: 'M.Ed.; CETL',
      },
    });
    expect(identity.rolesChosenAt).not.toBeNull();
    expect((await core.call('portfolio-get', {})).profile.welcomeCompletedAt).not.toBeNull();
  });

  it('asks someone who is both a candidate and an instructor both, and shows both groups of pages', async () => {
    const { user } = renderApp(core.transport);
    await chooseRoles(user, ['Candidate', 'Instructor / program coordinator']);

    const portfolio = await screen.findByRole('group', { name: 'Your portfolio' });
    await user.type(within(portfolio).getByLabelText('Your name'), 'Ana Ruiz');
    const reviewer = screen.getByRole('group', { name: 'Your instructor profile' });
    await user.type(within(reviewer).getByLabelText('Name on your reviews'), 'Dr. Ana Ruiz');
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));

    // Both: the dashboard opens, greeting a newcomer; two named groups, then Profile.
    await screen.findByRole('heading', { level: 1, name: 'Dashboard' });
    expect(screen.getByText('Welcome, Ana Ruiz.')).toBeTruthy();
    const mine = within(nav()).getByRole('list', { name: 'My portfolio' });
    expect(within(mine).getByRole('link', { name: 'Sessions' })).toBeTruthy();
    const reviewing = within(nav()).getByRole('list', { name: 'Reviewing' });
    expect(within(reviewing).getAllByRole('link').map(spokenText)).toEqual(['My candidates']);
    expect(navLinks().at(-1)).toBe('Profile');
    expect((await core.call('portfolio-get', {})).profile.name).toBe('Ana Ruiz');
    expect(await core.call('identity-get', {})).toMatchObject({
      roles: ['candidate', 'instructor'],
      reviewer: { name: 'Dr. Ana Ruiz' },
    });
  });

  it('goes on from the roles already chosen after a reload, without asking again', async () => {
    await core.call('identity-set', { roles: ['mentor'] });
    renderApp(core.transport);
    await screen.findByRole('group', { name: 'Your mentor profile' });
    expect(screen.queryByRole('group', { name: 'Who am I?' })).toBeNull();
    expect(screen.getByRole('heading', { level: 1, name: WELCOME })).toBeTruthy();
  });
});

describe('someone who was welcomed before roles existed', () => {
  it('is a candidate without being asked, with the pages a candidate always had', async () => {
    await core.call('welcome-skip', {});
    renderApp(core.transport);
    await screen.findByRole('heading', { level: 1, name: 'Dashboard' });

    expect(screen.getByText('Welcome back.')).toBeTruthy();
    expect(navLinks()).toEqual([
      'Dashboard',
      'Sessions',
      'Assignments',
      'Reflections',
      'Artifacts',
      'Evidence map',
      'Mentor log',
      'From my mentor',
      'Export & import',
      'Profile',
    ]);
    expect(await identityFileExists()).toBe(false);
  });
});
