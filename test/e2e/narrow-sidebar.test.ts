import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSamplePortfolio, randomId, systemClock } from '../../electron/core';
import { expectNoAxeViolations, launchChromium, startApp } from './harness';
import type { LaunchedChromium, StartedApp } from './harness';

/**
 * The sidebar in Chromium: at 1280×800 it shows the pages' names; at 960×700 it narrows to their
 * pictures beside the page (never wrapping above it), and a page's name with its G-shortcut
 * shows as a tooltip on hover and on keyboard focus, while staying the link's name throughout.
 * Also the `?` list of shortcuts, in both schemes.
 */

let chromium: LaunchedChromium | undefined;
let app: StartedApp | undefined;
let work = '';

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'cto-sidebar-'));
  await createSamplePortfolio({ dir: work, clock: systemClock, newId: randomId });
  app = await startApp({ dataDir: work });
  chromium = await launchChromium();
}, 120_000);

afterAll(async () => {
  await chromium?.close();
  await app?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

async function openAt(
  viewport: { width: number; height: number },
  colorScheme: 'light' | 'dark' = 'light',
): Promise<Page> {
  const context = await chromium!.browser.newContext({ viewport, colorScheme });
  const page = await context.newPage();
  await page.goto(`${app!.url}#/assignments`);
  await page.getByRole('heading', { level: 1, name: 'Assignments' }).waitFor();
  return page;
}

/** Where the navigation, the main region and a link's name are, in the window. */
const boxes = (page: Page, linkName: string) =>
  page.evaluate((name) => {
    const box = (element: Element | null | undefined) => {
      const r = element?.getBoundingClientRect();
      return r
        ? { left: r.left, right: r.right, top: r.top, width: r.width, height: r.height }
        : null;
    };
    const nav = document.querySelector('nav.main-nav');
    const link = [...(nav?.querySelectorAll('a') ?? [])].find(
      (a) => a.querySelector('.nav-label')?.firstChild?.textContent === name,
    );
    const label = link?.querySelector('.nav-label');
    return {
      nav: box(nav),
      main: box(document.querySelector('main')),
      label: box(label),
      labelText: label?.textContent ?? '',
      pageWidth: document.documentElement.scrollWidth,
      windowWidth: window.innerWidth,
    };
  }, linkName);

describe('the sidebar', () => {
  it('shows the names of the pages beside the page at 1280×800', async () => {
    const page = await openAt({ width: 1280, height: 800 });
    try {
      const at = await boxes(page, 'Assignments');
      expect(at.nav!.width).toBeGreaterThan(200);
      expect(at.label!.width).toBeGreaterThan(50);
      expect(at.label!.right).toBeLessThanOrEqual(at.nav!.right);
      expect(at.main!.left).toBeGreaterThanOrEqual(at.nav!.right - 1);
    } finally {
      await page.context().close();
    }
  });

  it('narrows to pictures at 960×700, with each name as a tooltip on hover and on focus', async () => {
    const page = await openAt({ width: 960, height: 700 });
    try {
      const at = await boxes(page, 'Assignments');
      // Beside the page, not above it; the names are out of sight but still the links' names.
      expect(at.nav!.width).toBeLessThanOrEqual(64);
      expect(at.main!.left).toBeGreaterThanOrEqual(at.nav!.right - 1);
      expect(Math.round(at.main!.top)).toBe(Math.round(at.nav!.top));
      expect(at.label!.width).toBeLessThanOrEqual(1);
      expect(at.pageWidth).toBeLessThanOrEqual(at.windowWidth);
      const nav = page.getByRole('navigation', { name: 'Main' });
      for (const name of ['Dashboard', 'Assignments', 'Evidence map', 'Profile']) {
        expect(await nav.getByRole('link', { name, exact: false }).count()).toBe(1);
      }

      await nav.getByRole('link', { name: /^Reflections/ }).hover();
      const hovered = await boxes(page, 'Reflections');
      expect(hovered.label!.width).toBeGreaterThan(50);
      expect(hovered.label!.left).toBeGreaterThanOrEqual(hovered.nav!.right - 8);
      expect(hovered.labelText).toBe('ReflectionsG R');
      await expectNoAxeViolations(page, 'sidebar tooltip on hover at 960');

      // From the keyboard: Tab from the header's last button reaches the first picture.
      await page.mouse.move(900, 650);
      await page.getByRole('button', { name: 'Keyboard shortcuts' }).focus();
      let onLink = false;
      for (let tab = 0; tab < 3 && !onLink; tab += 1) {
        await page.keyboard.press('Tab');
        onLink = await page.evaluate(
          () => document.activeElement?.closest('nav.main-nav a') !== null,
        );
      }
      expect(onLink).toBe(true);
      const focused = await boxes(page, 'Dashboard');
      expect(focused.label!.width).toBeGreaterThan(50);
      expect(focused.labelText).toBe('DashboardG D');
    } finally {
      await page.context().close();
    }
  });
});

describe.each(['light', 'dark'] as const)('the list of shortcuts in the %s scheme', (scheme) => {
  it('opens on ?, passes axe, and goes with Escape', async () => {
    const page = await openAt({ width: 1280, height: 800 }, scheme);
    try {
      await page.keyboard.press('Shift+Slash');
      const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
      await dialog.waitFor();
      expect(await dialog.getByText('G then A').count()).toBe(1);
      await expectNoAxeViolations(page, `shortcuts dialog, ${scheme}`);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      await page.keyboard.press('g');
      await page.keyboard.press('d');
      await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    } finally {
      await page.context().close();
    }
  });
});
