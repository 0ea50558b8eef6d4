import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { evaluation, finalReport, MENTOR, thread } from '../support/review-builders';
import { writeTestReviewFile } from '../support/review-file-writer';
import { expectNoAxeViolations } from './harness/axe';
import { goTo, openApp, pageHeading } from './harness/app-page';
import { chooseFile, openCoreOn } from './harness/bundle-steps';
import { browserAndAppPerTest } from './harness/per-test-app';
import { startApp, type StartedApp } from './harness/start-app';

const run = browserAndAppPerTest();

async function expectAccessibleInBothSchemes(page: Page, label: string) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expectNoAxeViolations(page, `${label} (${colorScheme})`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/**
 * A candidate's data folder (one submitted assignment, one reflection) and a mentor's review of
 * it on the desktop: a grade, a thread on a passage of the reflection, a final report.
 */
async function candidateWithReview(dataDir: string, reviewPath: string) {
  const core = await openCoreOn(dataDir);
  try {
    await core.call('welcome-skip', {});
    await core.call('profile-update', { name: 'Jordan Lee' });
    const memo = await core.call('assignment-create', {
      title: 'Budget memo',
      kind: 'session',
      session: 3,
      description: '',
      due: null,
      status: 'submitted',
      grade: '',
      graderComment: '',
    });
    const reflection = await core.call('reflection-create', { title: 'Budget season' });
    const { portfolioId } = await core.call('portfolio-get', {});
    const at = new Date(Date.now() + 60_000).toISOString();
    await writeTestReviewFile({
      outPath: reviewPath,
      portfolioId,
      candidateName: 'Jordan Lee',
      reviewer: MENTOR,
      layer: {
        evaluations: [evaluation(memo.id, { at, comment: 'Clear and costed.' })],
        threads: [
          thread(
            'thread-1',
            { kind: 'reflection', id: reflection.id },
            { at, body: 'Why five years?' },
          ),
        ],
        reports: [
          finalReport('report-1', '2026-10', {
            ratings: [{ areaId: 'area-leadership', level: 3, note: 'Leads the stand-up.' }],
          }),
        ],
      },
    });
  } finally {
    await core.close();
  }
}

/** Presses Tab until the focused element is the one `name`s (at most `limit` presses). */
async function tabTo(page: Page, name: string, limit = 80) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      const labels = (element as HTMLTextAreaElement | null)?.labels;
      return labels?.[0]?.textContent ?? element?.textContent ?? '';
    });
    if (focused.trim() === name) return;
  }
  throw new Error(`Tab never reached "${name}".`);
}

it('applies a review from its summary, shows it accessibly, and takes a reply by keyboard alone', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'cto-e2e-candidate-'));
  const reviewPath = join(run.desktop, 'Jordan Lee review.ctoreview');
  let app: StartedApp | undefined;
  try {
    await candidateWithReview(dataDir, reviewPath);
    app = await startApp({ dataDir });
    const page = await openApp(run.chromium.context, app);
    await goTo(page, 'Export & import');
    await chooseFile(page, page.getByRole('button', { name: 'Import a bundle…' }), reviewPath);
    const dialog = page.getByRole('dialog', { name: 'Apply this review?' });
    await dialog.getByText('Dr. Alex Chen').waitFor();
    await expectAccessibleInBothSchemes(page, 'the review import summary');
    await dialog.getByRole('button', { name: 'Apply review' }).click();

    await pageHeading(page, 'Dashboard').waitFor();
    const card = page.getByRole('region', { name: 'New from your reviewers' });
    await card.getByRole('link', { name: 'New comment on Budget season' }).waitFor();
    await expectAccessibleInBothSchemes(page, 'the dashboard with what is new');

    // Keyboard only from here: the news link, the reply box, the Reply button.
    await card.getByRole('link', { name: 'New comment on Budget season' }).focus();
    await page.keyboard.press('Enter');
    await pageHeading(page, 'Edit reflection').waitFor();
    await page.getByText('Why five years?').waitFor();
    await tabTo(page, 'Your reply');
    await page.keyboard.type('The warranty ends then.');
    await tabTo(page, 'Reply');
    await page.keyboard.press('Enter');
    await page.getByText('Reply saved; it goes to your reviewer with your next bundle.').waitFor();
    const stored = JSON.parse(await readFile(join(dataDir, 'portfolio.json'), 'utf8')) as {
      reviewReplies: { threadId: string; body: string }[];
    };
    expect(stored.reviewReplies).toMatchObject([
      { threadId: 'thread-1', body: 'The warranty ends then.' },
    ]);

    await goTo(page, 'From my mentor');
    await page.getByRole('region', { name: 'Dr. Alex Chen, Mentor' }).waitFor();
    await expectAccessibleInBothSchemes(page, 'From my mentor');
    await page.getByRole('link', { name: 'Progress report, October 2026' }).click();
    await pageHeading(page, 'Progress report, October 2026').waitFor();
    await page.getByText(/^final · SHA-256 [0-9a-f]{64}$/).waitFor();
    await expectAccessibleInBothSchemes(page, 'a final report, read-only');
    await page.close();
  } finally {
    await app?.close();
    await rm(dataDir, { recursive: true, force: true });
  }
});
