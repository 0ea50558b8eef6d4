/**
 * `npm run screenshots`: the README's pictures, made from the samples so they stay current.
 * The candidate sample (`init --sample`) gives the dashboard and a reflection, the mentor sample
 * (`init --sample --as mentor`) the mentor's view (My candidates); each in the light and the
 * dark scheme at 1280×800, into docs/screenshots/. Needs the built renderer and Chromium, as
 * the browser tests do.
 */
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import {
  createMentorSample,
  createSamplePortfolio,
  randomId,
  systemClock,
} from '../../electron/core';
import { findPackageRoot } from '../../electron/shell-common/package-root';
import { REFLECTIONS_FOLDER } from '../../electron/core/reflections/reflection-store';
import { launchChromium, startApp } from '../e2e/harness';
import { readReflectionFile } from '../e2e/harness/reflection-file';

const VIEWPORT = { width: 1280, height: 800 };
const SCHEMES = ['light', 'dark'] as const;
const OUT_DIR = join(findPackageRoot(import.meta.url), 'docs', 'screenshots');

interface Shot {
  name: string;
  /** The app's address after the #, e.g. "/reflections/abc". */
  route: string;
}

/** The sample's longest reflection: the one that shows the editor best. */
async function longestReflection(dataDir: string): Promise<string> {
  const files = await readdir(join(dataDir, REFLECTIONS_FOLDER));
  const reflections = await Promise.all(
    files
      .filter((file) => file.endsWith('.json'))
      .map((file) => readReflectionFile(dataDir, file.slice(0, -'.json'.length))),
  );
  const [longest] = reflections
    .filter((r) => r.deletedAt === null)
    .sort((a, b) => b.wordCount - a.wordCount);
  if (!longest) throw new Error('The sample portfolio has no reflection to show.');
  return longest.id;
}

/** Opens the app on `dataDir` and takes each shot in both schemes. */
async function shoot(browser: Browser, dataDir: string, shots: readonly Shot[]): Promise<void> {
  const app = await startApp({ dataDir });
  try {
    for (const colorScheme of SCHEMES) {
      const context = await browser.newContext({ viewport: VIEWPORT, colorScheme });
      try {
        const page = await context.newPage();
        for (const shot of shots) {
          await page.goto(`${app.url}#${shot.route}`);
          await page.getByRole('heading', { level: 1 }).first().waitFor();
          await page.waitForLoadState('networkidle');
          // No caret or focus ring in a picture: the page focuses its heading on open.
          await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
          const path = join(OUT_DIR, `${shot.name}-${colorScheme}.png`);
          await page.screenshot({ path, animations: 'disabled', caret: 'hide' });
          console.log(`Wrote ${path}`);
        }
      } finally {
        await context.close();
      }
    }
  } finally {
    await app.close();
  }
}

async function main(): Promise<void> {
  await mkdir(OUT_DIR, { recursive: true });
  const work = await mkdtemp(join(tmpdir(), 'cto-screenshots-'));
  const chromium = await launchChromium();
  try {
    const candidate = join(work, 'candidate');
    await createSamplePortfolio({ dir: candidate, clock: systemClock, newId: randomId });
    const reflection = await longestReflection(candidate);
    await shoot(chromium.browser, candidate, [
      { name: 'dashboard', route: '/' },
      { name: 'reflection', route: `/reflections/${encodeURIComponent(reflection)}` },
    ]);

    const mentor = join(work, 'mentor');
    await createMentorSample({
      dir: mentor,
      clock: systemClock,
      newId: randomId,
      appVersion: 'screenshots',
    });
    await shoot(chromium.browser, mentor, [{ name: 'mentor-view', route: '/candidates' }]);
  } finally {
    await chromium.close();
    await rm(work, { recursive: true, force: true });
  }
}

await main();
