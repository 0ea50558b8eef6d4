import { expect, it } from 'vitest';
import { browserAndAppPerTest } from './harness/per-test-app';
import { goTo, openApp, pageHeading, rowActionName, WELCOME_HEADING } from './harness/app-page';
import { readPortfolioFile } from './harness/portfolio-file';

const run = browserAndAppPerTest();

const TIMELINE_LABELS = [
  'Kickoff',
  ...Array.from({ length: 8 }, (_, i) => `Session ${i + 1}`),
  'Final presentations',
];
const ASSIGNMENT = 'Session 3 assignment: Fiscal Management';
/** Session 3's place in the timeline, after the kickoff and sessions 1 and 2. */
const SESSION_3 = TIMELINE_LABELS.indexOf('Session 3');

it('goes from the welcome to a dashboard of the program, and keeps attendance and a status change across a reload, on screen and in portfolio.json', async () => {
  const page = await openApp(run.chromium.context, run.app);
  await pageHeading(page, WELCOME_HEADING).waitFor();
  await page.getByRole('checkbox', { name: 'Candidate', exact: true }).check();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await page.getByLabel('Your name', { exact: true }).fill('Ana Ruiz');
  await page.getByRole('button', { name: 'Save and continue', exact: true }).click();

  // The dashboard: kickoff, the eight sessions and the final presentations, in order.
  await pageHeading(page, 'Dashboard').waitFor();
  const timeline = page.getByRole('region', { name: 'Sessions', exact: true });
  const timelineItems = timeline.getByRole('listitem');
  await expect.poll(() => timelineItems.count()).toBe(TIMELINE_LABELS.length);
  const itemTexts = await timelineItems.allTextContents();
  TIMELINE_LABELS.forEach((label, i) => expect(itemTexts[i]).toMatch(new RegExp(`^${label}`)));
  expect(itemTexts[SESSION_3]).toContain('Fiscal Management');
  const attended = page.getByRole('progressbar', { name: 'Sessions attended' });
  expect(await attended.getAttribute('aria-valuetext')).toBe('0 of 8');

  // Session 3 attended.
  await timeline.getByRole('link', { name: 'Fiscal Management', exact: true }).click();
  await pageHeading(page, 'Session 3: Fiscal Management').waitFor();
  await page
    .getByRole('radiogroup', { name: 'Attendance' })
    .getByRole('radio', { name: 'Attended', exact: true })
    .check();
  await page.getByRole('button', { name: 'Save session', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Session saved.' }).waitFor();

  // An assignment moved along the workflow to "Submitted".
  await goTo(page, 'Assignments');
  const row = page.getByRole('listitem', { name: ASSIGNMENT, exact: true });
  await row.getByRole('button', { name: rowActionName('Mark as In progress', ASSIGNMENT) }).click();
  await row.getByRole('button', { name: rowActionName('Mark as Submitted', ASSIGNMENT) }).click();
  await row.getByText('Submitted', { exact: true }).waitFor();

  // A reload works: the token left the address bar but the tab kept it.
  expect(page.url()).not.toContain('token=');
  await page.reload();
  await pageHeading(page, 'Assignments').waitFor();
  await page
    .getByRole('listitem', { name: ASSIGNMENT, exact: true })
    .getByText('Submitted', { exact: true })
    .waitFor();
  await goTo(page, 'Dashboard');
  await expect.poll(() => attended.getAttribute('aria-valuetext')).toBe('1 of 8');
  expect(await timelineItems.nth(SESSION_3).textContent()).toMatch(/Attended$/);

  const onDisk = await readPortfolioFile(run.app.dataDir);
  expect(onDisk.profile.name).toBe('Ana Ruiz');
  expect(onDisk.sessions.find((s) => s.number === 3)?.attendance).toBe('attended');
  expect(onDisk.sessions.filter((s) => s.attendance === 'attended')).toHaveLength(1);
  expect(onDisk.assignments.find((a) => a.title === ASSIGNMENT)?.status).toBe('submitted');
  await page.close();
});
