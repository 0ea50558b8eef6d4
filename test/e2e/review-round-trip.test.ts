import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, expect, it } from 'vitest';
import { receivedReviewSchema } from '@shared/review/received-review';
import { storedReviewLayerSchema } from '@shared/review/review-layer';
import { expectAccessibleInBothSchemes } from './harness/axe';
import { goTo, openApp, pageHeading } from './harness/app-page';
import { chooseFile, openCoreOn } from './harness/bundle-steps';
import { browserAndAppPerTest } from './harness/per-test-app';
import { startApp, type StartedApp } from './harness/start-app';

/**
 * The whole conversation by file, in two data folders: the candidate sends a bundle, the mentor
 * reviews it in the app and sends a review back, the candidate reads it and replies, and the
 * mentor's next import shows the reply with every grade, comment and report still there.
 */
const run = browserAndAppPerTest();
const PASSAGE = 'Our district will replace the core switches over five years.';
let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

async function tempFolder(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

async function started(dataDir: string): Promise<StartedApp> {
  const app = await startApp({ dataDir });
  cleanups.push(() => app.close());
  return app;
}

/** The candidate's folder: a name, a reflection of two paragraphs, and its first bundle. */
async function candidateFolder(dir: string, bundlePath: string) {
  const core = await openCoreOn(dir);
  try {
    await core.call('welcome-skip', {});
    await core.call('profile-update', { name: 'Jordan Lee' });
    const reflection = await core.call('reflection-create', {
      title: 'Network refresh',
      content: {
        type: 'doc',
        content: [PASSAGE, 'The budget comes from the bond.'].map((text) => ({
          type: 'paragraph',
          content: [{ type: 'text', text }],
        })),
      },
    });
    const portfolio = await core.call('portfolio-get', {});
    const graded = portfolio.assignments.filter((a) => a.kind === 'session').slice(0, 2);
    const session = portfolio.sessions.find((s) => s.number === 1)!;
    await core.exportTo(bundlePath);
    return { portfolioId: portfolio.portfolioId, reflection, graded, session };
  } finally {
    await core.close();
  }
}

/** The mentor's folder: past "who am I", as Sam Rivera. */
async function mentorFolder(dir: string) {
  const core = await openCoreOn(dir);
  try {
    await core.call('identity-set', { roles: ['mentor'], reviewer: { name: 'Sam Rivera' } });
    await core.call('welcome-skip', {});
  } finally {
    await core.close();
  }
}

async function visit(page: Page, app: StartedApp, route: string): Promise<void> {
  await page.goto(`${app.url}#${route}`);
}

async function importBundleForReview(page: Page, bundlePath: string): Promise<void> {
  await goTo(page, 'My candidates');
  await chooseFile(page, page.getByRole('button', { name: 'Import a bundle…' }), bundlePath);
  const summary = page.getByRole('dialog', { name: 'Import this portfolio?' });
  await summary.waitFor();
  await summary.getByRole('button', { name: 'Import', exact: true }).click();
  await summary.waitFor({ state: 'detached' });
}

async function gradeWithRubric(page: Page, comment: string): Promise<void> {
  await page.getByRole('radio', { name: 'Pass' }).check();
  await page
    .getByRole('radiogroup', { name: 'Understanding of the topic' })
    .getByRole('radio', { name: '3 · Proficient' })
    .check();
  await page.getByRole('textbox', { name: 'Comment to the candidate' }).fill(comment);
  await page.getByRole('button', { name: 'Save evaluation' }).click();
  await page.getByText('Evaluation saved.').waitFor();
}

async function writeAndFinaliseReport(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Start report' }).click();
  await page.getByRole('heading', { level: 1, name: /^Progress report, / }).waitFor();
  await page.getByRole('textbox', { name: 'Strengths', exact: true }).fill('Plans ahead.');
  await page
    .getByRole('checkbox', { name: 'The candidate is still employed in K-12 education' })
    .check();
  await page.getByRole('textbox', { name: 'Signed by (your name)' }).fill('Sam Rivera');
  await page.getByLabel('Date signed').fill('2026-12-04');
  await page.getByRole('button', { name: 'Finalise…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Finalise this report?' });
  await dialog.getByRole('button', { name: 'Finalise', exact: true }).click();
  await page.getByText(/^Final since .*: it can no longer be changed\.$/).waitFor();
}

async function download(page: Page, click: () => Promise<void>, to: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = join(to, file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

async function readJson(path: string): Promise<unknown> {
  return JSON.parse(await readFile(path, 'utf8')) as unknown;
}

it('goes candidate → mentor → candidate → mentor by file, and nothing the mentor wrote is lost', async () => {
  const candidateDir = await tempFolder('cto-e2e-trip-candidate-');
  const mentorDir = await tempFolder('cto-e2e-trip-mentor-');
  const firstBundle = join(run.desktop, 'Jordan Lee portfolio.ctoportfolio');
  const { portfolioId, reflection, graded, session } = await candidateFolder(
    candidateDir,
    firstBundle,
  );
  await mentorFolder(mentorDir);
  const base = `/candidates/${portfolioId}`;

  // The mentor imports, grades two assignments with a rubric, comments on a passage, confirms
  // attendance, logs work study, writes and finalises a report, and exports the review.
  const mentorApp = await started(mentorDir);
  const mentor = await openApp(run.chromium.context, mentorApp);
  await importBundleForReview(mentor, firstBundle);
  for (const assignment of graded) {
    await visit(mentor, mentorApp, `${base}/assignments/${assignment.id}`);
    await gradeWithRubric(mentor, `Well argued: ${assignment.title}.`);
  }
  await visit(mentor, mentorApp, `${base}/reflections/${reflection.id}`);
  await mentor.getByRole('radio', { name: `Paragraph 1: ${PASSAGE}` }).check();
  await mentor.getByRole('textbox', { name: 'New comment' }).fill('Why five years?');
  await mentor.getByRole('button', { name: 'Add comment' }).click();
  await mentor.getByRole('article', { name: /^Thread 1/ }).waitFor();
  await visit(mentor, mentorApp, `${base}/sessions/${session.id}`);
  await mentor.getByRole('checkbox', { name: 'Attendance confirmed' }).check();
  await visit(mentor, mentorApp, `${base}/work-study`);
  await mentor.getByRole('button', { name: 'Add entry' }).click();
  const entry = mentor.getByRole('form', { name: 'New work-study entry' });
  await entry.getByRole('textbox', { name: 'Hours' }).fill('2');
  await entry.getByRole('textbox', { name: 'Activity' }).fill('E-rate review');
  await entry.getByRole('button', { name: 'Save entry' }).click();
  await mentor.getByText('2 hours in all').waitFor();
  await visit(mentor, mentorApp, `${base}/reports`);
  await writeAndFinaliseReport(mentor);
  await visit(mentor, mentorApp, base);
  const reviewPath = await download(
    mentor,
    () => mentor.getByRole('button', { name: 'Export review for Jordan Lee' }).click(),
    run.desktop,
  );
  await mentor.getByText(/^Saved the review as .+\.ctoreview/).waitFor();
  await expectAccessibleInBothSchemes(mentor, 'the candidate header after exporting a review');
  expect(reviewPath).toMatch(/\.ctoreview$/);

  // The candidate applies it, sees grades, the comment and the report, replies, and exports.
  const candidateApp = await started(candidateDir);
  const candidate = await openApp(run.chromium.context, candidateApp);
  await goTo(candidate, 'Export & import');
  await chooseFile(
    candidate,
    candidate.getByRole('button', { name: 'Import a bundle…' }),
    reviewPath,
  );
  const apply = candidate.getByRole('dialog', { name: 'Apply this review?' });
  await apply.getByText('Sam Rivera').first().waitFor();
  await apply.getByRole('button', { name: 'Apply review' }).click();
  await pageHeading(candidate, 'Dashboard').waitFor();
  await candidate.getByRole('region', { name: 'New from your reviewers' }).waitFor();
  await visit(candidate, candidateApp, `/assignments/${graded[0]!.id}`);
  await candidate
    .getByText(/Graded by Sam Rivera/)
    .first()
    .waitFor();
  await candidate.getByText(`Well argued: ${graded[0]!.title}.`).waitFor();
  await goTo(candidate, 'Assignments');
  expect(await candidate.getByText(/Passed/).count()).toBeGreaterThanOrEqual(2);
  await goTo(candidate, 'From my mentor');
  await candidate
    .getByText(/Sam Rivera/)
    .first()
    .waitFor();
  await visit(candidate, candidateApp, `/reflections/${reflection.id}`);
  await candidate.getByText('Why five years?').waitFor();
  await candidate.getByRole('textbox', { name: 'Your reply' }).fill('The warranty ends then.');
  await candidate.getByRole('button', { name: 'Reply', exact: true }).click();
  await candidate.getByText(/^Reply saved/).waitFor();
  await goTo(candidate, 'Export & import');
  const bundleCard = candidate.getByRole('region', { name: 'Portfolio bundle' });
  await bundleCard.getByText(/left out\.$/).waitFor();
  const secondBundle = await download(
    candidate,
    () => bundleCard.getByRole('button', { name: 'Export portfolio bundle' }).click(),
    await tempFolder('cto-e2e-trip-second-'),
  );

  // The mentor imports the newer bundle: the reply is in place, and everything is still there.
  await importBundleForReview(mentor, secondBundle);
  await visit(mentor, mentorApp, `${base}/reflections/${reflection.id}`);
  await mentor.getByText('The warranty ends then.').waitFor();
  await mentor.getByText('Why five years?').waitFor();
  await visit(mentor, mentorApp, `${base}/assignments/${graded[1]!.id}`);
  await mentor.getByText(/^Graded by Sam Rivera/).waitFor();
  await visit(mentor, mentorApp, `${base}/reports`);
  await mentor
    .getByText(/^Final/)
    .first()
    .waitFor();

  // And in the files: the mentor's layer, and the review the candidate keeps.
  const layer = storedReviewLayerSchema.parse(
    await readJson(join(mentorDir, 'reviewed', portfolioId, 'mentor', 'layer.json')),
  );
  expect(layer.evaluations.map((e) => e.assignmentId).sort()).toEqual(
    graded.map((a) => a.id).sort(),
  );
  expect(layer.evaluations.every((e) => e.result === 'passed' && e.rubric.length > 0)).toBe(true);
  expect(layer.threads).toHaveLength(1);
  expect(layer.threads[0]?.anchor?.quote).toBe(PASSAGE);
  expect(layer.attendance).toEqual([
    expect.objectContaining({ sessionId: session.id, confirmed: true }),
  ]);
  expect(layer.workStudy).toEqual([
    expect.objectContaining({ hours: 2, activity: 'E-rate review' }),
  ]);
  expect(layer.reports).toEqual([expect.objectContaining({ state: 'final' })]);
  expect(layer.reports[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
  const [kept] = await readdir(join(candidateDir, 'reviews')).then((names) =>
    names.filter((name) => name.endsWith('.json')),
  );
  const received = receivedReviewSchema.parse(await readJson(join(candidateDir, 'reviews', kept!)));
  expect(received.reviewer).toMatchObject({ name: 'Sam Rivera', role: 'mentor' });
  expect(received.layer.evaluations).toHaveLength(2);
  expect(received.layer.reports[0]?.sha256).toBe(layer.reports[0]?.sha256);
});
