import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { expectAccessibleInBothSchemes } from './harness/axe';
import {
  goTo,
  openApp,
  pageHeading,
  skipWelcome,
  welcomeAs,
  WELCOME_HEADING,
} from './harness/app-page';
import { candidateBundle, chooseFile, oneConflictIn } from './harness/bundle-steps';
import { browserAndAppPerTest } from './harness/per-test-app';
import { startApp } from './harness/start-app';

const run = browserAndAppPerTest();

const bundleCard = (page: Page) => page.getByRole('region', { name: 'Portfolio bundle' });

/** The Exports page, once the bundle's preview is there. */
async function openExports(page: Page) {
  await goTo(page, 'Export & import');
  await bundleCard(page)
    .getByText(/left out\.$/)
    .waitFor();
}

it('exports the sample as a zip, and a second computer takes it as its own through the file chooser', async () => {
  const page = await openApp(run.chromium.context, run.app);
  await page.getByRole('button', { name: 'Open sample portfolio' }).first().click();
  await page.getByRole('complementary', { name: 'Sample portfolio' }).waitFor();
  await openExports(page);
  await expectAccessibleInBothSchemes(page, 'the Exports page with the bundle preview');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    bundleCard(page).getByRole('button', { name: 'Export portfolio bundle' }).click(),
  ]);
  const bundlePath = join(run.desktop, download.suggestedFilename());
  await download.saveAs(bundlePath);
  await bundleCard(page)
    .getByText(/^Exported .+\.ctoportfolio/)
    .waitFor();
  expect(bundlePath).toMatch(/\.ctoportfolio$/);
  const bytes = await readFile(bundlePath);
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  expect(bytes.includes(Buffer.from('manifest.json'))).toBe(true);

  const second = await startApp();
  try {
    const page2 = await openApp(run.chromium.context, second);
    await pageHeading(page2, WELCOME_HEADING).waitFor();
    await chooseFile(
      page2,
      page2.getByRole('button', { name: 'Import my portfolio from another computer' }),
      bundlePath,
    );
    const summary = page2.getByRole('dialog', { name: 'Import this portfolio?' });
    await summary.waitFor();
    await expectAccessibleInBothSchemes(page2, 'the import summary');
    const name = await summary.locator('dt:text-is("Name") + dd').textContent();
    await summary.getByRole('radio', { name: 'Use as my portfolio on this computer' }).check();
    await summary.getByRole('button', { name: 'Import', exact: true }).click();
    await pageHeading(page2, 'Dashboard').waitFor();
    await page2.getByText(`Welcome back, ${name}.`).waitFor();
    await goTo(page2, 'Reflections');
    expect(await page2.getByText(/^Showing \d+ of [1-9]\d* reflections\.$/).count()).toBe(1);
  } finally {
    await second.close();
  }
});

it("adds a candidate's bundle to My candidates and opens it in the candidate's own screens, read-only", async () => {
  const bundlePath = join(run.desktop, 'Priya Raman portfolio.ctoportfolio');
  await candidateBundle('Priya Raman', bundlePath);
  const page = await openApp(run.chromium.context, run.app);
  // A candidate who also mentors: My candidates and Export & import are both in the navigation.
  await welcomeAs(page, ['Candidate', 'Mentor']);
  await goTo(page, 'My candidates');
  await page.getByText(/^No candidates yet\./).waitFor();
  await expectAccessibleInBothSchemes(page, 'the empty My candidates page');

  await goTo(page, 'Export & import');
  await chooseFile(page, page.getByRole('button', { name: 'Import a bundle…' }), bundlePath);
  const summary = page.getByRole('dialog', { name: 'Import this portfolio?' });
  await summary.getByText("This is someone else's portfolio", { exact: false }).waitFor();
  await summary.getByRole('button', { name: 'Import', exact: true }).click();

  // The candidate's screens over the copy, not the web version in a frame.
  const candidateNav = page.getByRole('navigation', { name: 'Priya Raman’s portfolio' });
  await candidateNav.waitFor();
  await pageHeading(page, 'Dashboard').waitFor();
  expect(new URL(page.url()).hash).toMatch(/^#\/candidates\/[^/]+$/);
  expect(await page.locator('iframe').count()).toBe(0);
  await expectAccessibleInBothSchemes(page, "a candidate's dashboard, read-only");

  await goTo(page, 'My candidates');
  await page.getByRole('rowheader', { name: 'Priya Raman' }).waitFor();
  await expectAccessibleInBothSchemes(page, 'the My candidates list');
});

it('shows an accessible progress dialog while the export runs', async () => {
  const page = await openApp(run.chromium.context, run.app);
  await skipWelcome(page);
  // Job statuses wait until the dialog has been checked, so it stays on screen.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/job-status', async (route) => {
    await held;
    await route.continue();
  });
  await openExports(page);
  await bundleCard(page).getByRole('button', { name: 'Export portfolio bundle' }).click();
  const dialog = page.getByRole('dialog', { name: 'Exporting your portfolio' });
  await dialog.getByRole('progressbar', { name: 'Progress' }).waitFor();
  await expectAccessibleInBothSchemes(page, 'the export progress dialog');
  // Cancel has the focus, and Tab never reaches the page behind the dialog (it is inert).
  expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
  for (let press = 0; press < 3; press += 1) {
    await page.keyboard.press('Tab');
    const focus = await dialog.evaluate((element) => {
      const active = document.activeElement;
      return active === null || active === document.body
        ? 'browser'
        : element.contains(active)
          ? 'dialog'
          : 'page';
    });
    expect(focus).not.toBe('page');
  }

  const download = page.waitForEvent('download');
  release();
  await download;
  await bundleCard(page)
    .getByText(/^Exported /)
    .waitFor();
  expect(await dialog.isVisible()).toBe(false);
});

it('lists a conflict from the other computer accessibly and resolves it', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'cto-e2e-conflict-'));
  await oneConflictIn(dataDir, run.desktop);
  const app = await startApp({ dataDir });
  try {
    const page = await openApp(run.chromium.context, app);
    await goTo(page, 'Conflicts (1)', 'Conflicts');
    await page.getByText('Notes written there').waitFor();
    await expectAccessibleInBothSchemes(page, 'the Conflicts page');
    await page.getByRole('button', { name: /^Keep theirs: / }).click();
    await page.getByText('No conflicts. Everything from your other computer is merged.').waitFor();
    expect(await page.getByRole('link', { name: /^Conflicts/ }).count()).toBe(0);
  } finally {
    await app.close();
    await rm(dataDir, { recursive: true, force: true });
  }
});
