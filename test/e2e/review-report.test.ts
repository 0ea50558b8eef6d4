import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import type { Channel, ChannelInput, ChannelOutput } from '@shared/contract/contract';
import { openCore } from '../../electron/core/app-core';
import { dispatch } from '../../electron/core/dispatch';
import { openTestCore } from '../support/test-core';
import {
  arrangeCandidate,
  becomeReviewer,
  importForReview,
  type CallableCore,
} from '../support/review-arrange';
import { expectNoAxeViolations, launchChromium, startApp, type LaunchedChromium } from './harness';
import { pageHeading } from './harness/app-page';

let chromium: LaunchedChromium;
let cleanups: (() => Promise<void>)[] = [];
beforeAll(async () => {
  chromium = await launchChromium();
});
afterAll(async () => {
  await chromium.close();
});
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

/**
 * A mentor's data folder (Sam Rivera, past the welcome) holding a candidate's real bundle for
 * review and a draft report for September 2026: what the browser then opens.
 */
async function mentorFolderWithDraftReport() {
  const dataDir = await mkdtemp(join(tmpdir(), 'cto-e2e-mentor-'));
  cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
  const candidate = await openTestCore(undefined, 'cand');
  const mentorCore = await openCore({ dataDir, host: 'browser', appVersion: '0.0.0-test' });
  const mentor: CallableCore = {
    dir: dataDir,
    async call<K extends Channel>(channel: K, input: ChannelInput<K>) {
      const envelope = await dispatch(mentorCore.handlers, channel, input);
      if (!envelope.ok) throw new Error(`${channel} failed: ${envelope.error.message}`);
      return envelope.result as ChannelOutput<K>;
    },
  };
  try {
    const { portfolioId } = await arrangeCandidate({
      dir: candidate.dataDir,
      call: candidate.call,
    });
    await importForReview({ dir: candidate.dataDir, call: candidate.call }, mentor);
    await becomeReviewer(dataDir);
    await mentor.call('welcome-skip', {});
    const report = await mentor.call('review-report-create', { portfolioId, month: '2026-09' });
    return { dataDir, portfolioId, reportId: report.id };
  } finally {
    await mentorCore.close();
    await candidate.close();
  }
}

async function openAt(scheme: 'light' | 'dark', dataDir: string, route: string): Promise<Page> {
  const app = await startApp({ dataDir });
  cleanups.push(() => app.close());
  const context = await chromium.browser.newContext({ colorScheme: scheme });
  cleanups.push(() => context.close());
  const page = await context.newPage();
  await page.goto(`${app.url}#${route}`);
  return page;
}

for (const scheme of ['light', 'dark'] as const) {
  it(`fills in, finalises and prints a monthly report, axe clean (${scheme})`, async () => {
    const { dataDir, portfolioId, reportId } = await mentorFolderWithDraftReport();
    const reportPath = `/candidates/${portfolioId}/reports/${reportId}`;
    const page = await openAt(scheme, dataDir, reportPath);
    await pageHeading(page, 'Progress report, September 2026: Jordan Lee').waitFor();
    await expectNoAxeViolations(page, `the report form (${scheme})`);

    // The form with the keyboard: a rating by arrow keys, the texts, the sign-off.
    const leadership = page.getByRole('radiogroup', { name: 'Leadership', exact: true });
    await leadership.getByRole('radio', { name: 'Not rated' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(
      leadership.getByRole('radio', { name: '2 · Developing' }).isChecked(),
    ).resolves.toBe(true);
    await page.getByRole('textbox', { name: 'Strengths', exact: true }).fill('Plans ahead.');
    await page
      .getByRole('checkbox', { name: 'The candidate is still employed in K-12 education' })
      .check();
    await page.getByRole('textbox', { name: 'Signed by (your name)' }).fill('Sam Rivera');
    await page.getByLabel('Date signed').fill('2026-10-02');
    await page.getByRole('button', { name: 'Finalise…' }).press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Finalise this report?' });
    await dialog.waitFor();
    await expectNoAxeViolations(page, `the finalise dialog (${scheme})`);
    await dialog.getByRole('button', { name: 'Finalise', exact: true }).press('Enter');
    await page.getByText(/^Final since .*: it can no longer be changed\.$/).waitFor();
    await expectNoAxeViolations(page, `a final report (${scheme})`);

    await page.getByRole('link', { name: 'Print view' }).click();
    await pageHeading(page, 'Progress report, September 2026').waitFor();
    await expectNoAxeViolations(page, `the print view (${scheme})`);
    // On paper only the report remains: the navigation and the Print button are hidden.
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Main' }).isVisible()).resolves.toBe(false);
    await expect(page.getByRole('button', { name: 'Print' }).isVisible()).resolves.toBe(false);
    await expect(page.getByText('K-12 CTO Mentor Program').isVisible()).resolves.toBe(true);
    const pdf = await page.pdf({ format: 'Letter' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });
}
