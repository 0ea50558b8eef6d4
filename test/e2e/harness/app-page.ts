import type { BrowserContext, Locator, Page } from 'playwright-core';
import type { StartedApp } from './start-app';

/**
 * What browser tests do again and again, in the user's terms: open the app from its link, go to
 * a page through the main navigation, and read what the page says about a field.
 */

export const WELCOME_HEADING = 'Welcome to CTO Mentor Portfolio';

/** A page's one h1, by its exact text. */
export function pageHeading(page: Page, name: string): Locator {
  return page.getByRole('heading', { level: 1, name, exact: true });
}

/** A new tab on the app's link (token included), once the first page has rendered. */
export async function openApp(context: BrowserContext, app: StartedApp): Promise<Page> {
  const page = await context.newPage();
  await page.goto(app.url);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  return page;
}

/** Leaves the welcome without entering anything, as "Skip for now" does. */
export async function skipWelcome(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Skip for now', exact: true }).click();
  await pageHeading(page, 'Dashboard').waitFor();
}

/**
 * Answers "who am I" with `roles` (their checkbox labels), then leaves the details step without
 * entering anything; the roles stay chosen and the navigation follows them.
 */
export async function welcomeAs(page: Page, roles: string[]): Promise<void> {
  for (const role of roles) await page.getByRole('checkbox', { name: role, exact: true }).check();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await page.getByRole('button', { name: 'Skip for now', exact: true }).click();
  await pageHeading(page, WELCOME_HEADING).waitFor({ state: 'detached' });
}

/** Follows a link of the main navigation and waits for the page it opens. */
export async function goTo(page: Page, link: string, heading = link): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: link, exact: true })
    .click();
  await pageHeading(page, heading).waitFor();
}

/** The texts a field points to with aria-describedby: its help and its error message. */
export function descriptionsOf(field: Locator): Promise<string[]> {
  return field.evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent ?? ''),
  );
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The name of a row's control, "Delete: Budget memo", where the title is visually hidden text.
 * Chromium puts a space before the hidden part ("Delete : Budget memo"); either is accepted.
 */
export function rowActionName(action: string, title: string): RegExp {
  return new RegExp(`^${escapeRegExp(action)}\\s?: ${escapeRegExp(title)}$`);
}

/** The label of the element that has the keyboard focus ('' when it has none). */
export function focusedLabel(page: Page): Promise<string> {
  return page.evaluate(() => {
    const focused = document.activeElement;
    const labels = focused instanceof HTMLInputElement ? focused.labels : null;
    return labels?.[0]?.textContent ?? '';
  });
}
