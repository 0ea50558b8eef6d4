import { expect, it } from 'vitest';
import { browserAndAppPerTest } from './harness/per-test-app';
import { goTo, openApp, rowActionName, skipWelcome } from './harness/app-page';
import { readPortfolioFile } from './harness/portfolio-file';

const run = browserAndAppPerTest();

const TITLE = 'Class oral presentation';

async function storedAssignment() {
  const { assignments } = await readPortfolioFile(run.app.dataDir);
  return assignments.find((a) => a.title === TITLE);
}

it('deletes an assignment and brings it back with Undo, on screen and on disk', async () => {
  const page = await openApp(run.chromium.context, run.app);
  await skipWelcome(page);
  await goTo(page, 'Assignments');
  const row = page.getByRole('listitem', { name: TITLE, exact: true });
  await row.waitFor();

  await row.getByRole('button', { name: rowActionName('Actions', TITLE) }).click();
  await page.getByRole('menuitem', { name: 'Delete', exact: true }).click();
  const notifications = page.getByRole('region', { name: 'Notifications' });
  await notifications.getByText(`Deleted ‘${TITLE}’.`, { exact: true }).waitFor();
  await row.waitFor({ state: 'detached' });
  // Deleted means a tombstone in the file, which is what Undo brings back.
  expect((await storedAssignment())?.deletedAt).not.toBeNull();

  await notifications.getByRole('button', { name: 'Undo', exact: true }).click();
  await notifications.getByText(`Restored ‘${TITLE}’.`, { exact: true }).waitFor();
  await row.waitFor();
  expect((await storedAssignment())?.deletedAt).toBeNull();
  await page.close();
});
