import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { identitySchema } from '@shared/review/roles';
import { expectNoAxeViolations } from './harness';
import { browserAndAppPerTest } from './harness/per-test-app';
import { focusedLabel, openApp, pageHeading, WELCOME_HEADING } from './harness/app-page';
import { readPortfolioFile } from './harness/portfolio-file';

const run = browserAndAppPerTest();

/** The focused element's text, or its label's for an input. */
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const focused = document.activeElement;
    if (focused instanceof HTMLInputElement) return focused.labels?.[0]?.textContent ?? '';
    return focused?.textContent ?? '';
  });

/** Tab on, and say which control took the focus. */
async function tabTo(page: Page, expected: string): Promise<void> {
  await page.keyboard.press('Tab');
  expect(await focusedName(page)).toBe(expected);
}

it.each(['light', 'dark'] as const)(
  "a mentor's first run, with the keyboard alone, lands on My candidates; axe finds nothing on the way (%s)",
  async (colorScheme) => {
    const context = await run.chromium.browser.newContext({ colorScheme });
    const page = await openApp(context, run.app);
    const { keyboard } = page;

    // Who am I: the heading has the focus; Tab past Candidate to Mentor, Space ticks it.
    await pageHeading(page, WELCOME_HEADING).waitFor();
    await expect.poll(() => focusedName(page)).toBe(WELCOME_HEADING);
    await expectNoAxeViolations(page, `the role step (${colorScheme})`);
    await tabTo(page, 'Candidate');
    await tabTo(page, 'Mentor');
    await keyboard.press('Space');
    await tabTo(page, 'Instructor / program coordinator');
    await tabTo(page, 'Continue');
    await keyboard.press('Enter');

    // The mentor's welcome: the reviewer's profile, none of the candidate's questions.
    await page.getByRole('group', { name: 'Your mentor profile' }).waitFor();
    await expect.poll(() => focusedName(page)).toBe(WELCOME_HEADING);
    expect(await page.getByLabel('Cohort year', { exact: true }).count()).toBe(0);
    await expectNoAxeViolations(page, `the mentor's welcome (${colorScheme})`);
    await tabTo(page, 'Name on your reviews');
    await keyboard.type('Rosa Diaz');
    await tabTo(page, 'Position');
    await keyboard.type('Chief Technology Officer');
    await tabTo(page, 'Organisation');
    await keyboard.type('Valley USD');
    await tabTo(page, 'Years as a K-12 technology leader');
    await keyboard.type('99');
    await tabTo(page, 'Degree or CTO certification');
    await keyboard.type('M.Ed.; CETL');
    // Enter in a field saves; the years are out of range, so nothing is saved and it says why.
    await keyboard.press('Enter');
    await page.getByText('Enter years from 0 to 60.', { exact: true }).waitFor();
    await expectNoAxeViolations(page, `the mentor's welcome with a message (${colorScheme})`);
    await keyboard.press('Shift+Tab');
    expect(await focusedLabel(page)).toBe('Years as a K-12 technology leader');
    await keyboard.press('ControlOrMeta+A');
    await keyboard.type('14');
    await keyboard.press('Enter');

    // A mentor only opens on My candidates, and the navigation offers no candidate pages.
    const nav = page.getByRole('navigation', { name: 'Main' });
    const candidatesLink = nav.getByRole('link', { name: 'My candidates', exact: true });
    await expect.poll(() => candidatesLink.getAttribute('aria-current')).toBe('page');
    expect(new URL(page.url()).hash).toBe('#/candidates');
    // The links' words as a screen reader hears them, without the hidden shortcut hints.
    const spoken = await nav.getByRole('link').evaluateAll((links) =>
      links.map((link) => {
        const copy = link.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
        return copy.textContent;
      }),
    );
    expect(spoken).toEqual(['My candidates', 'Profile']);
    await expectNoAxeViolations(page, `the mentor's first page (${colorScheme})`);

    const identity = identitySchema.parse(
      JSON.parse(await readFile(join(run.app.dataDir, 'identity.json'), 'utf8')),
    );
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
    expect((await readPortfolioFile(run.app.dataDir)).profile.welcomeCompletedAt).not.toBeNull();
    await context.close();
  },
);
