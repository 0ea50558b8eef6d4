import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { corePerTest } from './support/core-per-test';
import { renderApp } from './support/render-app';

const core = corePerTest({ welcome: 'shown' });

const WELCOME = 'Welcome to CTO Mentor Portfolio';

describe('welcome', () => {
  it('is completed with the keyboard alone: Tab through the labelled fields, Enter saves', async () => {
    const { user } = renderApp(core.transport);
    await screen.findByRole('heading', { level: 1, name: WELCOME });

    // First "who am I": the heading has focus; Tab to Candidate, Space ticks it, Continue.
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('checkbox', { name: 'Candidate' }));
    await user.keyboard(' ');
    await user.tab();
    await user.tab();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Continue' }));
    await user.keyboard('{Enter}');

    // The details: the heading has focus again; Tab walks the form in reading order.
    await screen.findByLabelText('Your name');
    await waitFor(() => expect(document.activeElement?.textContent).toBe(WELCOME));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByLabelText('Your name'));
    await user.keyboard('Ana Ruiz');
    await user.tab();
    expect(document.activeElement).toBe(screen.getByLabelText('District or organisation'));
    await user.keyboard('Valley USD');
    await user.tab();
    expect(document.activeElement).toBe(screen.getByLabelText("Mentor's name"));
    await user.keyboard('Sam Lee');
    await user.tab();
    expect(document.activeElement).toBe(screen.getByLabelText('Cohort year'));
    await user.keyboard('2026');
    await user.tab();
    expect(document.activeElement).toBe(screen.getByLabelText('Kickoff'));
    await user.keyboard('2026-01-15');
    await user.keyboard('{Enter}');

    await screen.findByRole('heading', { level: 1, name: 'Dashboard' });
    // A newcomer, not someone coming back.
    expect(screen.getByText('Welcome, Ana Ruiz.')).toBeTruthy();
    const portfolio = await core.call('portfolio-get', {});
    expect(portfolio.profile).toMatchObject({
      name: 'Ana Ruiz',
      organisation: 'Valley USD',
      mentorName: 'Sam Lee',
      cohortYear: 2026,
    });
    expect(portfolio.profile.welcomeCompletedAt).not.toBeNull();
    expect(portfolio.sessions.find((s) => s.number === 0)?.date).toBe('2026-01-15');
  });

  it('can be skipped, leaving every field empty, and does not come back', async () => {
    const { user } = renderApp(core.transport);
    await user.click(await screen.findByRole('button', { name: 'Skip for now' }));

    await screen.findByRole('heading', { level: 1, name: 'Dashboard' });
    // Skipped on the first visit: greeted as a newcomer, a candidate with today's pages.
    expect(screen.getByText('Welcome.')).toBeTruthy();
    expect(screen.queryByText(/Welcome back/)).toBeNull();
    expect(screen.getByRole('link', { name: 'Sessions' })).toBeTruthy();
    expect((await core.call('identity-get', {})).roles).toEqual(['candidate']);
    const { profile } = await core.call('portfolio-get', {});
    expect(profile.welcomeCompletedAt).not.toBeNull();
    expect(profile.name).toBe('');
    expect(screen.queryByRole('heading', { name: WELCOME })).toBeNull();
  });

  it('shows the schema message by the cohort year and saves nothing', async () => {
    const { user } = renderApp(core.transport);
    await user.click(await screen.findByRole('checkbox', { name: 'Candidate' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.type(await screen.findByLabelText('Cohort year'), '1999');
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));

    const year = screen.getByLabelText('Cohort year');
    expect(year.getAttribute('aria-invalid')).toBe('true');
    const describedBy = year.getAttribute('aria-describedby') ?? '';
    const messages = describedBy.split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(messages).toContain('Enter a cohort year from 2000 to 2100.');
    const { profile } = await core.call('portfolio-get', {});
    expect(profile.welcomeCompletedAt).toBeNull();
    expect(screen.getByRole('heading', { level: 1, name: WELCOME })).toBeTruthy();
  });

  it('opens the sample portfolio with a banner and returns to the own portfolio', async () => {
    const { user } = renderApp(core.transport);
    await user.click(await screen.findByRole('button', { name: 'Open sample portfolio' }));

    const banner = await screen.findByRole('complementary', { name: 'Sample portfolio' });
    expect(banner.textContent).toContain('You are looking at the sample portfolio');
    expect((await core.call('app-info', {})).workspace).toBe('sample');

    await user.click(screen.getByRole('button', { name: 'Return to my portfolio' }));
    await waitFor(() =>
      expect(screen.queryByRole('complementary', { name: 'Sample portfolio' })).toBeNull(),
    );
    expect((await core.call('app-info', {})).workspace).toBe('own');
  });
});
