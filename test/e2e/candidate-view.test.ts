import { copyFile, mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, expect, it } from 'vitest';
import type { RichTextDoc } from '@shared/rich-text/rich-text-schema';
import { expectNoAxeViolations } from './harness/axe';
import { pageHeading } from './harness/app-page';
import { openCoreOn } from './harness/bundle-steps';
import { browserAndAppPerTest } from './harness/per-test-app';
import { startApp, type StartedApp } from './harness/start-app';
import { writePng } from './harness/test-files';

const run = browserAndAppPerTest();
const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

const paragraph = (text: string, bold: string): RichTextDoc => ({
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: bold, marks: [{ type: 'bold' }] },
        { type: 'text', text },
      ],
    },
  ],
});

async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  cleanup.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * A mentor's data folder holding Priya's copy: imported once, then a newer bundle in which her
 * reflection changed. The import keeps the bundle before as previous/ (another slice's work);
 * until that is merged this keeps it the same way.
 */
async function mentorWithCandidate(): Promise<{ dataDir: string; portfolioId: string }> {
  const work = await tempDir('cto-e2e-work-');
  const candidate = await openCoreOn(join(work, 'candidate'));
  await candidate.call('welcome-skip', {});
  await candidate.call('profile-update', { name: 'Priya Raman', organisation: 'Lakeside USD' });
  const { portfolioId } = await candidate.call('portfolio-get', {});
  const reflection = await candidate.call('reflection-create', {
    title: 'Device rollout',
    content: paragraph(' carts for grade five.', 'Chromebook'),
  });
  const png = join(work, 'floor plan.png');
  await writePng(png, 40, 30);
  await candidate.call('artifact-add-paths', { paths: [png] });
  await candidate.exportTo(join(work, 'first.ctoportfolio'));
  await candidate.call('reflection-update', {
    id: reflection.id,
    content: paragraph(' carts and chargers for grade five.', 'Chromebook'),
  });
  await candidate.exportTo(join(work, 'second.ctoportfolio'));
  await candidate.close();

  const dataDir = join(work, 'mentor');
  const mentor = await openCoreOn(dataDir);
  await mentor.call('welcome-skip', {});
  await mentor.importFrom(join(work, 'first.ctoportfolio'), 'review');
  const copy = join(dataDir, 'reviewed', portfolioId);
  await copyFile(join(copy, 'portfolio.json'), join(work, 'before.json'));
  await mentor.importFrom(join(work, 'second.ctoportfolio'));
  if (!(await stat(join(copy, 'previous', 'portfolio.json')).catch(() => null))) {
    await mkdir(join(copy, 'previous'), { recursive: true });
    await copyFile(join(work, 'before.json'), join(copy, 'previous', 'portfolio.json'));
  }
  await mentor.close();
  return { dataDir, portfolioId };
}

async function expectAccessibleInBothSchemes(page: Page, label: string) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expectNoAxeViolations(page, `${label} (${colorScheme})`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

const focusedText = (page: Page) =>
  page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

/** Moves focus back with Shift+Tab to the candidate's section `name`, and opens it with Enter. */
async function openSectionByKeyboard(page: Page, name: string) {
  const nav = page.getByRole('navigation', { name: 'Priya Raman’s portfolio' });
  for (let presses = 0; (await focusedText(page)) !== name; presses += 1) {
    if (presses > 40) throw new Error(`The keyboard never reached "${name}".`);
    await page.keyboard.press('Shift+Tab');
  }
  await page.keyboard.press('Enter');
  await pageHeading(page, name).waitFor();
  const current = nav.getByRole('link', { name, exact: true });
  expect(await current.getAttribute('aria-current')).toBe('page');
}

it("opens a candidate's copy in the app's own screens, accessible and keyboard-complete", async () => {
  const { dataDir, portfolioId } = await mentorWithCandidate();
  const app: StartedApp = await startApp({ dataDir });
  cleanup.push(() => app.close());
  const page = await run.chromium.context.newPage();
  await page.goto(`${app.url}#/candidates/${portfolioId}`);
  await pageHeading(page, 'Dashboard').waitFor();
  await page.getByText('Where Priya Raman is in the program.').waitFor();
  await expectAccessibleInBothSchemes(page, "the candidate's dashboard");

  await openSectionByKeyboard(page, 'Reflections');
  await page.getByText('Changed', { exact: true }).waitFor();
  await expectAccessibleInBothSchemes(page, "the candidate's reflections");
  await page.getByRole('link', { name: 'Device rollout', exact: true }).click();
  await pageHeading(page, 'Device rollout').waitFor();
  const changes = page.getByRole('region', { name: 'Changes since the previous bundle' });
  await changes.locator('ins').first().waitFor();
  expect(await page.getByRole('toolbar').count()).toBe(0);
  await expectAccessibleInBothSchemes(page, "a candidate's reflection with its changes");

  await openSectionByKeyboard(page, 'Artifacts');
  await page.getByRole('link', { name: 'floor plan', exact: true }).click();
  const preview = page.getByRole('img', { name: 'Preview of floor plan', exact: true });
  await preview.waitFor();
  // The host serves the copy's file: the image decodes.
  await preview.evaluate((img: HTMLImageElement) => img.decode());
  await expectAccessibleInBothSchemes(page, "a candidate's artifact");

  await openSectionByKeyboard(page, 'Assignments');
  await expectAccessibleInBothSchemes(page, "the candidate's assignments");
  await page.getByRole('main').getByRole('listitem').first().getByRole('link').first().click();
  await page.getByRole('link', { name: 'All assignments', exact: true }).waitFor();
  expect(await page.getByRole('button', { name: /^Save/ }).count()).toBe(0);
  await expectAccessibleInBothSchemes(page, "a candidate's assignment");

  for (const section of ['Sessions', 'Evidence map', 'Mentor log']) {
    await openSectionByKeyboard(page, section);
    await expectAccessibleInBothSchemes(page, `the candidate's ${section.toLowerCase()}`);
  }
});
