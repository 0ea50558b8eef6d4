import type { Page } from 'playwright-core';
import { it } from 'vitest';
import { expectNoAxeViolations } from './harness';
import { browserAndAppPerTest } from './harness/per-test-app';
import {
  goTo,
  openApp,
  pageHeading,
  rowActionName,
  skipWelcome,
  WELCOME_HEADING,
} from './harness/app-page';

const run = browserAndAppPerTest();

/**
 * Dashboard, sessions, one session, assignments, the new-assignment form (also with its error
 * messages showing) and the edit form, each checked by axe once it has rendered.
 */
async function expectProgramPagesAccessible(page: Page, portfolio: string): Promise<void> {
  await goTo(page, 'Dashboard');
  await expectNoAxeViolations(page, `the dashboard (${portfolio})`);

  await goTo(page, 'Sessions');
  await expectNoAxeViolations(page, `the sessions list (${portfolio})`);
  await page.getByRole('link', { name: 'Session 3: Fiscal Management', exact: true }).click();
  await pageHeading(page, 'Session 3: Fiscal Management').waitFor();
  await expectNoAxeViolations(page, `a session page (${portfolio})`);

  await goTo(page, 'Assignments');
  const first = page.getByRole('main').getByRole('listitem').first();
  await first.waitFor();
  const title = (await first.getByRole('link').first().textContent()) ?? '';
  await expectNoAxeViolations(page, `the assignments list (${portfolio})`);

  await page.getByRole('link', { name: 'New assignment', exact: true }).click();
  await pageHeading(page, 'New assignment').waitFor();
  await expectNoAxeViolations(page, `the new-assignment form (${portfolio})`);
  await page.getByRole('button', { name: 'Save assignment', exact: true }).click();
  await page.getByText('This field is required.', { exact: true }).waitFor();
  await expectNoAxeViolations(page, `the new-assignment form with its messages (${portfolio})`);

  await goTo(page, 'Assignments');
  await page.getByRole('button', { name: rowActionName('Actions', title) }).click();
  await page.getByRole('menuitem', { name: 'Edit', exact: true }).click();
  await pageHeading(page, `Edit assignment: ${title}`).waitFor();
  await expectNoAxeViolations(page, `the edit-assignment form (${portfolio})`);
}

it('has no WCAG 2.1 AA violations on the welcome', async () => {
  const page = await openApp(run.chromium.context, run.app);
  await pageHeading(page, WELCOME_HEADING).waitFor();
  await expectNoAxeViolations(page, 'the welcome');
  await page.close();
});

it('has no WCAG 2.1 AA violations on the program pages of a new portfolio', async () => {
  const page = await openApp(run.chromium.context, run.app);
  await skipWelcome(page);
  await expectProgramPagesAccessible(page, 'new portfolio');
  await page.close();
});

it('has no WCAG 2.1 AA violations on the program pages of a filled-in portfolio (the sample)', async () => {
  const page = await openApp(run.chromium.context, run.app);
  await skipWelcome(page);
  await page.getByRole('button', { name: 'Open sample portfolio', exact: true }).click();
  await page.getByRole('complementary', { name: 'Sample portfolio' }).waitFor();
  await expectProgramPagesAccessible(page, 'sample portfolio');
  await page.close();
});

it('has no WCAG 2.1 AA violations in the dark colour scheme either (the sample)', async () => {
  // The run.app follows the system's light or dark setting; contrast must hold in both.
  const context = await run.chromium.browser.newContext({ colorScheme: 'dark' });
  const page = await openApp(context, run.app);
  await expectNoAxeViolations(page, 'the welcome (dark)');
  await skipWelcome(page);
  await page.getByRole('button', { name: 'Open sample portfolio', exact: true }).click();
  await page.getByRole('complementary', { name: 'Sample portfolio' }).waitFor();
  await expectProgramPagesAccessible(page, 'sample portfolio, dark');
  await context.close();
});
