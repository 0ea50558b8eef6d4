import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { browserAndAppPerTest } from './harness/per-test-app';
import { goTo, openApp, welcomeAs } from './harness/app-page';
import { expectNoAxeViolations } from './harness';
import { horizontalOverflow } from './harness/look-and-feel-checks';

const run = browserAndAppPerTest();

/** Rows of the page's lists that are wholly inside the window, without scrolling. */
const rowsInView = (page: Page) =>
  page.evaluate(
    () =>
      [...document.querySelectorAll('main .list-row')].filter((row) => {
        const box = row.getBoundingClientRect();
        return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
      }).length,
  );

it(
  'shows at least 12 assignments of the sample at 1280×800, and no list overflows sideways',
  { timeout: 60_000 },
  async () => {
    const page = await openApp(run.chromium.context, run.app);
    await page.setViewportSize({ width: 1280, height: 800 });
    await welcomeAs(page, ['Candidate']);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'Open sample portfolio', exact: true })
      .click();
    await page.getByText('Welcome back, Jordan Rivera.', { exact: true }).waitFor();

    await goTo(page, 'Assignments');
    await page.locator('main .list-row').first().waitFor();
    expect(await rowsInView(page)).toBeGreaterThanOrEqual(12);

    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const list of ['Assignments', 'Reflections', 'Artifacts', 'Mentor log']) {
        await goTo(page, list);
        await page.locator('main .list-row').first().waitFor();
        expect(await horizontalOverflow(page), `${list}, ${scheme}`).toEqual([]);
        await expectNoAxeViolations(page, `the ${list.toLowerCase()} list, ${scheme}`);
      }
    }

    // The quick step shows on hover only; the row menu opens from the keyboard.
    await goTo(page, 'Assignments');
    const row = page
      .getByRole('main')
      .getByRole('listitem')
      .filter({ hasText: 'Not started' })
      .first();
    const quick = row.locator('.row-quick');
    expect(await quick.evaluate((element) => getComputedStyle(element).opacity)).toBe('0');
    await row.hover();
    await expect
      .poll(() => quick.evaluate((element) => getComputedStyle(element).opacity))
      .toBe('1');
    await row.getByRole('button', { name: /^Actions: / }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('menu').getByRole('menuitem', { name: 'Edit' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('menu').waitFor({ state: 'detached' });
    await page.close();
  },
);
