import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { launchChromium, startApp, type LaunchedChromium, type StartedApp } from './harness';
import { goTo, openApp, rowActionName, skipWelcome } from './harness/app-page';
import { readPortfolioFile } from './harness/portfolio-file';

let chromium: LaunchedChromium;
let app: StartedApp;

beforeAll(async () => {
  chromium = await launchChromium();
});
afterAll(async () => {
  await chromium?.close();
});
beforeEach(async () => {
  app = await startApp();
});
afterEach(async () => {
  await app?.close();
});

const TITLE = 'Class oral presentation';

async function storedAssignment() {
  const { assignments } = await readPortfolioFile(app.dataDir);
  return assignments.find((a) => a.title === TITLE);
}

it('deletes an assignment and brings it back with Undo, on screen and on disk', async () => {
  const page = await openApp(chromium.context, app);
  await skipWelcome(page);
  await goTo(page, 'Assignments');
  const row = page.getByRole('listitem', { name: TITLE, exact: true });
  await row.waitFor();

  await row.getByRole('button', { name: rowActionName('Delete', TITLE) }).click();
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
