import { join } from 'node:path';
import { expect, it } from 'vitest';
import { browserAndAppPerTest } from './harness/per-test-app';
import { openApp, pageHeading, WELCOME_HEADING } from './harness/app-page';
import { readPortfolioFile } from './harness/portfolio-file';

const run = browserAndAppPerTest();

it('opens the sample from the run.app with a banner, then returns to the own portfolio unchanged', async () => {
  const page = await openApp(run.chromium.context, run.app);
  await pageHeading(page, WELCOME_HEADING).waitFor();
  await page.getByRole('checkbox', { name: 'Candidate', exact: true }).check();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await page.getByLabel('Your name', { exact: true }).fill('Ana Ruiz');
  await page.getByRole('button', { name: 'Save and continue', exact: true }).click();
  await page.getByText('Welcome, Ana Ruiz.', { exact: true }).waitFor();
  const ownBefore = await readPortfolioFile(run.app.dataDir);

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Open sample portfolio', exact: true })
    .click();
  const banner = page.getByRole('complementary', { name: 'Sample portfolio' });
  await banner.getByText('You are looking at the sample portfolio.', { exact: false }).waitFor();
  await pageHeading(page, 'Dashboard').waitFor();
  await page.getByText('Welcome back, Jordan Rivera.', { exact: true }).waitFor();
  // The sample lives in a folder of its own; the user's file is not touched.
  expect((await readPortfolioFile(join(run.app.dataDir, 'sample'))).profile.name).toBe(
    'Jordan Rivera',
  );

  await banner.getByRole('button', { name: 'Return to my portfolio', exact: true }).click();
  await page.getByText('Welcome, Ana Ruiz.', { exact: true }).waitFor();
  await banner.waitFor({ state: 'detached' });
  expect(await page.getByText('Jordan Rivera').count()).toBe(0);
  expect(await readPortfolioFile(run.app.dataDir)).toEqual(ownBefore);
  await page.close();
});
