import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createMentorSample,
  createSamplePortfolio,
  randomId,
  systemClock,
} from '../../electron/core';
import { expectNoAxeViolations, launchChromium, startApp } from './harness';
import type { LaunchedChromium, StartedApp } from './harness';
import { controlsWithoutVisibleFocus, horizontalOverflow } from './harness/look-and-feel-checks';

/**
 * Every screen, at the usual 1280×800 and a narrow 960×700, in the light and the dark scheme:
 * nothing overflows sideways (page, tables, lists), axe finds nothing against WCAG 2.1 AA, and
 * every control shows the keyboard focus. The candidate's screens from the sample portfolio
 * (`init --sample`), the mentor's from the mentor sample (`init --sample --as mentor`): My
 * candidates, a candidate's screens, Work study and Progress reports.
 */

const SIZES = [
  { width: 1280, height: 800 },
  { width: 960, height: 700 },
] as const;
const SCHEMES = ['light', 'dark'] as const;

interface Screen {
  /** The address after the #. */
  route: string;
  /** Also open the first link of the page's main region whose address matches: a record's page. */
  detail?: RegExp;
}

const CANDIDATE_SCREENS: Screen[] = [
  { route: '/' },
  { route: '/sessions', detail: /#\/sessions\/[^/]+$/ },
  { route: '/assignments', detail: /#\/assignments\/(?!new)[^/]+$/ },
  { route: '/assignments/new' },
  { route: '/reflections', detail: /#\/reflections\/[^/]+$/ },
  { route: '/artifacts', detail: /#\/artifacts\/[^/]+$/ },
  { route: '/evidence' },
  { route: '/log', detail: /#\/log\/(?!new)[^/]+$/ },
  { route: '/log/new' },
  { route: '/from-my-mentor' },
  { route: '/exports' },
  { route: '/profile' },
  { route: '/shortcuts' },
];

/** The mentor's own pages; a candidate's screens are added once their address is known. */
const MENTOR_SCREENS: Screen[] = [
  { route: '/candidates', detail: /#\/candidates\/[^/]+$/ },
  { route: '/cohort-feedback' },
  { route: '/profile' },
];

const candidateScreens = (base: string): Screen[] => [
  { route: base },
  { route: `${base}/sessions` },
  { route: `${base}/assignments` },
  { route: `${base}/reflections`, detail: /\/reflections\/[^/]+$/ },
  { route: `${base}/artifacts` },
  { route: `${base}/evidence` },
  { route: `${base}/log` },
  { route: `${base}/changes` },
  { route: `${base}/work-study` },
  { route: `${base}/reports`, detail: /\/reports\/[^/]+$/ },
];

let chromium: LaunchedChromium | undefined;
const apps: { candidate?: StartedApp; mentor?: StartedApp } = {};
let work = '';

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'cto-look-and-feel-'));
  const deps = { clock: systemClock, newId: randomId };
  await createSamplePortfolio({ dir: join(work, 'candidate'), ...deps });
  await createMentorSample({ dir: join(work, 'mentor'), ...deps, appVersion: 'look-and-feel' });
  apps.candidate = await startApp({ dataDir: join(work, 'candidate') });
  apps.mentor = await startApp({ dataDir: join(work, 'mentor') });
  chromium = await launchChromium();
}, 120_000);

afterAll(async () => {
  await chromium?.close();
  await apps.candidate?.close();
  await apps.mentor?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

/** Opens `route` and waits until its page has rendered and nothing is loading. */
async function open(page: Page, app: StartedApp, route: string): Promise<void> {
  await page.goto(`${app.url}#${route}`);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForLoadState('networkidle');
}

/** The address of the first link in the main region that matches `pattern`, if any. */
async function firstLink(page: Page, pattern: RegExp): Promise<string | null> {
  const hrefs = await page
    .getByRole('main')
    .locator('a[href^="#/"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  const href = hrefs.find((h) => pattern.test(h));
  return href ? href.slice(1) : null;
}

/** Every check on the page as it is now; the problems of all checks together, by screen. */
async function problemsOf(page: Page, label: string): Promise<string[]> {
  const problems: string[] = [];
  try {
    await expectNoAxeViolations(page, label);
  } catch (error) {
    problems.push((error as Error).message);
  }
  for (const overflow of await horizontalOverflow(page)) problems.push(`${label}: ${overflow}`);
  for (const control of await controlsWithoutVisibleFocus(page)) {
    problems.push(`${label}: no visible focus on ${control}`);
  }
  return problems;
}

async function checkScreens(
  app: StartedApp,
  screens: readonly Screen[],
  size: (typeof SIZES)[number],
  colorScheme: (typeof SCHEMES)[number],
): Promise<string[]> {
  const context = await chromium!.browser.newContext({ viewport: size, colorScheme });
  const page = await context.newPage();
  const problems: string[] = [];
  const where = `${size.width}×${size.height} ${colorScheme}`;
  try {
    const queue = [...screens];
    for (let screen = queue.shift(); screen; screen = queue.shift()) {
      await open(page, app, screen.route);
      const detail = screen.detail ? await firstLink(page, screen.detail) : null;
      problems.push(...(await problemsOf(page, `${screen.route} (${where})`)));
      if (screen.detail && !detail)
        problems.push(`${screen.route} (${where}): no link to a record`);
      if (detail) {
        // A candidate in My candidates: their screens and the mentor's pages about them.
        if (screen.route === '/candidates') queue.push(...candidateScreens(detail));
        else queue.unshift({ route: detail });
      }
    }
  } finally {
    await context.close();
  }
  return problems;
}

describe.each(SIZES)('at $width×$height', (size) => {
  describe.each(SCHEMES)('in the %s scheme', (colorScheme) => {
    it("the candidate's screens fit, pass axe and show the focus", async () => {
      expect(await checkScreens(apps.candidate!, CANDIDATE_SCREENS, size, colorScheme)).toEqual([]);
    }, 300_000);

    it("the mentor's screens fit, pass axe and show the focus", async () => {
      expect(await checkScreens(apps.mentor!, MENTOR_SCREENS, size, colorScheme)).toEqual([]);
    }, 300_000);
  });
});

it("the dashboard's five cards fit one 1280×800 screen, every card as tall as its row", async () => {
  const context = await chromium!.browser.newContext({ viewport: SIZES[0] });
  try {
    const page = await context.newPage();
    await open(page, apps.candidate!, '/');
    const cards = await page.locator('.dashboard-cards > .card').evaluateAll((elements) =>
      elements.map((element) => {
        const box = element.getBoundingClientRect();
        return { top: Math.round(box.top), bottom: Math.round(box.bottom) };
      }),
    );
    expect(cards).toHaveLength(5);
    expect(Math.max(...cards.map((card) => card.bottom))).toBeLessThanOrEqual(SIZES[0].height);
    // Two rows (three cards, then two), no holes: the cards of a row start and end together.
    const rows = [cards.slice(0, 3), cards.slice(3)];
    for (const row of rows) {
      expect(new Set(row.map((card) => `${card.top}-${card.bottom}`)).size).toBe(1);
    }
    // A title too long for its card is cut short on screen, whole on hover and to a reader.
    const dueNext = page.getByRole('region', { name: 'Due next' }).getByRole('link');
    const titles = await dueNext.evaluateAll((links) =>
      links.map((link) => ({
        title: link.getAttribute('title'),
        text: link.textContent,
        cut: link.scrollWidth > link.clientWidth,
      })),
    );
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.some((t) => t.cut)).toBe(true);
    for (const t of titles) expect(t.title).toBe(t.text);
  } finally {
    await context.close();
  }
});
