import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { launchChromium, startApp, type LaunchedChromium, type StartedApp } from './harness';
import { descriptionsOf, openApp, pageHeading, skipWelcome } from './harness/app-page';
import { readPortfolioBytes } from './harness/portfolio-file';

let chromium: LaunchedChromium;
let app: StartedApp;
let context: BrowserContext;

beforeAll(async () => {
  chromium = await launchChromium();
});
afterAll(async () => {
  await chromium?.close();
});
beforeEach(async () => {
  app = await startApp();
  // The date input's order of month, day and year follows the locale: fix it.
  context = await chromium.browser.newContext({ locale: 'en-US' });
});
afterEach(async () => {
  await context?.close();
  await app?.close();
});

async function openNewAssignmentForm(): Promise<Page> {
  const page = await openApp(context, app);
  await skipWelcome(page);
  await page.getByRole('link', { name: 'All assignments', exact: true }).click();
  await pageHeading(page, 'Assignments').waitFor();
  await page.getByRole('link', { name: 'New assignment', exact: true }).click();
  await pageHeading(page, 'New assignment').waitFor();
  return page;
}

/** Saves the form, then checks the message sits by the field and the data file is untouched. */
async function expectRefusedWithMessage(page: Page, field: string, message: string) {
  const before = await readPortfolioBytes(app.dataDir);
  await page.getByRole('button', { name: 'Save assignment', exact: true }).click();

  // Either the message shows, or the form was accepted and the list opens: fail fast on the latter.
  const shown = page.getByText(message, { exact: true });
  await shown.or(pageHeading(page, 'Assignments')).waitFor();
  expect(
    await pageHeading(page, 'New assignment').isVisible(),
    'the form was saved and closed: the bad input was accepted',
  ).toBe(true);
  const input = page.getByLabel(field, { exact: true });
  expect(await input.getAttribute('aria-invalid')).toBe('true');
  expect(await descriptionsOf(input)).toContain(message);
  expect((await readPortfolioBytes(app.dataDir)).equals(before)).toBe(true);
}

it('refuses a title over 200 characters with the message by the field, and writes nothing', async () => {
  const page = await openNewAssignmentForm();
  await page.getByLabel('Title', { exact: true }).fill('x'.repeat(201));
  await expectRefusedWithMessage(page, 'Title', 'Keep this under 200 characters.');
});

it('refuses an impossible due date (31 February) with the message by the field, and writes nothing', async () => {
  const page = await openNewAssignmentForm();
  await page.getByLabel('Title', { exact: true }).fill('Budget memo');
  await page.getByLabel('Due date', { exact: true }).focus();
  await page.keyboard.type('02312026');
  await expectRefusedWithMessage(page, 'Due date', 'Use a date in the form YYYY-MM-DD.');
});
