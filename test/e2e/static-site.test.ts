import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { exportBundle } from '../../electron/core/bundle/export/export-bundle';
import { makeTempDir } from '../support/temp-dir';
import { openSampleWorkspace } from '../unit/bundle/bundle-fixture';
import { expectNoAxeViolations, launchChromium, type LaunchedChromium } from './harness';

const execFileAsync = promisify(execFile);

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let chromium: LaunchedChromium;
/** The browser a reader without JavaScript has. */
let noScript: BrowserContext;
/** Where the unzipped bundle is. */
let folder: string;
/** Every address a page of either context asked for. */
const requested: string[] = [];

/** The sample exported as the app does, then unzipped with Info-ZIP as a person would. */
beforeAll(async () => {
  temp = await makeTempDir('cto-static-site-');
  const { workspace, source, clock } = await openSampleWorkspace(join(temp.path, 'data'));
  const bundle = join(temp.path, 'sample.ctoportfolio');
  try {
    await exportBundle({
      source,
      outPath: bundle,
      includePrivate: false,
      appVersion: '0.1.0',
      clock,
    });
  } finally {
    await workspace.close();
  }
  folder = join(temp.path, 'unzipped');
  await mkdir(folder);
  await execFileAsync('unzip', ['-q', bundle, '-d', folder]);
  chromium = await launchChromium();
  noScript = await chromium.browser.newContext({ javaScriptEnabled: false });
  for (const context of [chromium.context, noScript]) {
    context.on('request', (request) => requested.push(request.url()));
  }
});
afterAll(async () => {
  await chromium?.close();
  await temp?.remove();
});

const fileUrl = (path: string) => pathToFileURL(join(folder, path)).href;

async function open(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(fileUrl(path));
  return page;
}

async function followNav(page: Page, name: string, heading: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Portfolio pages' })
    .getByRole('link', { name, exact: true })
    .click();
  await page.getByRole('heading', { level: 1, name: heading, exact: true }).waitFor();
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(folder, join(e.parentPath, e.name)))
    .sort();
}

it('reads without JavaScript from the unzipped folder: every page reached through the navigation shows the portfolio', async () => {
  const page = await open(noScript, 'index.html');
  await page.getByRole('heading', { level: 1, name: 'Portfolio of Jordan Rivera' }).waitFor();
  expect(await page.getByText('Mesa Verde Unified School District').count()).toBe(1);
  // The style sheet applies: the skip link waits above the page until it gets focus.
  expect((await page.getByRole('link', { name: 'Skip to content' }).boundingBox())!.y).toBeLessThan(
    0,
  );

  await followNav(page, 'Sessions', 'Sessions');
  await page.getByRole('cell', { name: 'Leadership; Strategic planning' }).waitFor();
  await page.getByRole('table', { name: /Every session of the program/ }).waitFor();

  await followNav(page, 'Assignments', 'Assignments');
  await page.getByRole('table', { name: /Every assignment in program order/ }).waitFor();

  await followNav(page, 'Reflections', 'Reflections');
  await page
    .getByRole('link', { name: 'What makes professional development stick', exact: true })
    .click();
  await page
    .getByRole('heading', { level: 1, name: 'What makes professional development stick' })
    .waitFor();
  await page.getByRole('heading', { level: 2, name: 'What the survey showed' }).waitFor();

  await followNav(page, 'Artifacts', 'Artifacts');
  await page
    .getByRole('heading', { level: 2, name: 'Technology strategic plan 2026-2029' })
    .waitFor();
  const hrefs = await page
    .locator('main a[download]')
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) {
    expect(href).toMatch(/\/artifacts\/[0-9a-f]{64}$/);
    expect(existsSync(fileURLToPath(href)), href).toBe(true);
  }

  await followNav(page, 'Evidence map', 'Evidence map');
  await page.getByRole('table', { name: /CoSN Framework/ }).waitFor();
  await followNav(page, 'Overview', 'Portfolio of Jordan Rivera');
  await page.close();
});

it('shows every image artifact decoded from the bundle', async () => {
  const page = await open(chromium.context, 'site/artifacts.html');
  await page.waitForLoadState('load');
  const images = await page.locator('main img').evaluateAll((imgs) =>
    imgs.map((img) => ({
      src: (img as HTMLImageElement).src,
      width: (img as HTMLImageElement).naturalWidth,
    })),
  );
  expect(images.length).toBeGreaterThanOrEqual(2);
  for (const image of images) expect(image.width, image.src).toBeGreaterThan(0);
  await page.close();
});

it('meets WCAG 2.1 AA on every page, and no page asks for anything outside the folder', async () => {
  const pages = await htmlFiles(folder);
  expect(pages).toEqual(
    expect.arrayContaining(['index.html', 'site/evidence.html', 'site/sessions.html']),
  );
  expect(pages.filter((p) => p.startsWith('site/reflections/')).length).toBeGreaterThan(0);
  for (const path of pages) {
    const page = await open(chromium.context, path);
    await expectNoAxeViolations(page, path);
    await page.close();
  }
  expect(requested.filter((url) => !url.startsWith(pathToFileURL(folder).href))).toEqual([]);
});
