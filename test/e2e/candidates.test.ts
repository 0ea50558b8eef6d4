import { join } from 'node:path';
import { expect, it } from 'vitest';
import { expectAccessibleInBothSchemes } from './harness/axe';
import { goTo, openApp, pageHeading, welcomeAs } from './harness/app-page';
import { candidateBundle, chooseFile } from './harness/bundle-steps';
import { browserAndAppPerTest } from './harness/per-test-app';

const run = browserAndAppPerTest();

it('My candidates, its sorting by keyboard, the changes page and the feedback page pass axe in light and dark', async () => {
  const page = await openApp(run.chromium.context, run.app);
  // My candidates is a reviewer's page.
  await welcomeAs(page, ['Mentor']);
  await goTo(page, 'My candidates');
  for (const name of ['Priya Raman', 'Alex Chen']) {
    const bundlePath = join(run.desktop, `${name} portfolio.ctoportfolio`);
    await candidateBundle(name, bundlePath);
    await chooseFile(page, page.getByRole('button', { name: 'Import a bundle…' }), bundlePath);
    const summary = page.getByRole('dialog', { name: 'Import this portfolio?' });
    await summary.getByRole('button', { name: 'Import', exact: true }).click();
    await summary.waitFor({ state: 'hidden' });
    await goTo(page, 'My candidates');
    await page.getByRole('rowheader', { name }).waitFor();
  }
  await expectAccessibleInBothSchemes(page, 'My candidates with two candidates');

  const names = () => page.getByRole('rowheader').allTextContents();
  expect(await names()).toEqual(['Alex Chen', 'Priya Raman']);
  await page.getByRole('button', { name: 'Name', exact: true }).focus();
  await page.keyboard.press('Enter');
  await page
    .getByRole('columnheader', { name: 'Name' })
    .and(page.locator('[aria-sort="descending"]'))
    .waitFor();
  expect(await names()).toEqual(['Priya Raman', 'Alex Chen']);

  await page.getByRole('link', { name: /changes since you last looked at Alex Chen/ }).click();
  await pageHeading(page, 'What changed: Alex Chen').waitFor();
  await page.getByRole('heading', { level: 2, name: /^Sessions \(\d+\)$/ }).waitFor();
  await expectAccessibleInBothSchemes(page, 'the changes page');
  await page.getByRole('button', { name: 'Mark as seen' }).click();
  await page.getByText('Nothing changed since you last looked.').waitFor();
  await expectAccessibleInBothSchemes(page, 'the changes page with nothing new');

  await page.getByRole('link', { name: 'All my candidates' }).click();
  await page.getByRole('link', { name: 'Program feedback by session' }).click();
  await pageHeading(page, 'Program feedback').waitFor();
  await page.getByRole('heading', { level: 2, name: /^Session 1/ }).waitFor();
  await expectAccessibleInBothSchemes(page, 'the program feedback page');
});
