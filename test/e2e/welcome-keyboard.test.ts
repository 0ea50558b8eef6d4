import { expect, it } from 'vitest';
import { browserAndAppPerTest } from './harness/per-test-app';
import { focusedLabel, openApp, pageHeading, WELCOME_HEADING } from './harness/app-page';
import { readPortfolioFile } from './harness/portfolio-file';

const run = browserAndAppPerTest();

it('completes the welcome with the keyboard alone and lands on a dashboard that greets the newcomer', async () => {
  // The date inputs' order of month, day and year follows the locale: fix it.
  const context = await run.chromium.browser.newContext({ locale: 'en-US' });
  const page = await openApp(context, run.app);
  await pageHeading(page, WELCOME_HEADING).waitFor();
  const { keyboard } = page;

  // The heading takes the focus when the page opens; Tab walks the fields in reading order.
  const focusedText = () => page.evaluate(() => document.activeElement?.textContent);
  await expect.poll(focusedText).toBe(WELCOME_HEADING);
  // Who am I: Tab to Candidate, Space ticks it, Tab on to Continue.
  await keyboard.press('Tab');
  expect(await focusedLabel(page)).toBe('Candidate');
  await keyboard.press('Space');
  for (let i = 0; i < 3; i++) await keyboard.press('Tab');
  expect(await focusedText()).toBe('Continue');
  await keyboard.press('Enter');
  await page.getByLabel('Your name', { exact: true }).waitFor();
  await expect.poll(focusedText).toBe(WELCOME_HEADING);
  await keyboard.press('Tab');
  expect(await focusedLabel(page)).toBe('Your name');
  await keyboard.type('Ana Ruiz');
  await keyboard.press('Tab');
  expect(await focusedLabel(page)).toBe('District or organisation');
  await keyboard.type('Valley USB');
  await keyboard.press('Tab');
  expect(await focusedLabel(page)).toBe("Mentor's name");
  // A typo in the field before: Shift+Tab back, retype it, Tab on.
  await keyboard.press('Shift+Tab');
  expect(await focusedLabel(page)).toBe('District or organisation');
  await keyboard.press('ControlOrMeta+A');
  await keyboard.type('Valley USD');
  await keyboard.press('Tab');
  await keyboard.type('Sam Lee');
  await keyboard.press('Tab');
  expect(await focusedLabel(page)).toBe('Cohort year');
  await keyboard.type('2026');
  await keyboard.press('Tab');
  expect(await focusedLabel(page)).toBe('Kickoff');
  // The browser's date input takes month, day and year in turn.
  await keyboard.type('01152026');
  // Enter in any field saves: "Save and continue" is the form's submit button.
  await keyboard.press('Enter');

  await pageHeading(page, 'Dashboard').waitFor();
  await page.getByText('Welcome, Ana Ruiz.', { exact: true }).waitFor();
  const onDisk = await readPortfolioFile(run.app.dataDir);
  expect(onDisk.profile).toMatchObject({
    name: 'Ana Ruiz',
    organisation: 'Valley USD',
    mentorName: 'Sam Lee',
    cohortYear: 2026,
  });
  expect(onDisk.profile.welcomeCompletedAt).not.toBeNull();
  expect(onDisk.sessions.find((s) => s.number === 0)?.date).toBe('2026-01-15');
  await context.close();
});
