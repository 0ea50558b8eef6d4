import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

/** WCAG 2.1 level AA, the bar the app is held to. */
export const WCAG_21_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

let axeSource: string | undefined;
function loadAxeSource(): string {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

/**
 * Run axe-core on the page as it is now and fail with a readable list when anything breaks
 * WCAG 2.1 AA. axe is evaluated through the DevTools protocol (page.evaluate of its source),
 * which the page's CSP does not govern, so the app keeps its real CSP (no bypassCSP context): a
 * violation the app's own policy would cause is still seen.
 */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  // Controls fade their colours (controls.css): after a change of scheme, axe would measure a
  // colour halfway. Wait for every finite animation and transition to end first.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
  const injected = await page.evaluate(() => 'axe' in window);
  if (!injected) await page.evaluate(loadAxeSource());
  const violations = await page.evaluate(async (tags): Promise<AxeViolation[]> => {
    // axe.d.ts types the module; in the page it is the `axe` global the source just defined.
    const { axe } = window as unknown as {
      axe: { run(context: Document, options: RunOptions): Promise<AxeResults> };
    };
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.map(String).join(' ')),
    }));
  }, WCAG_21_AA_TAGS);
  if (violations.length > 0) {
    throw new Error(`Accessibility violations on ${label}:\n${formatViolations(violations)}`);
  }
}

/** Runs axe in the light scheme and again in the dark one, leaving the page light. */
export async function expectAccessibleInBothSchemes(page: Page, label: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expectNoAxeViolations(page, `${label} (${colorScheme})`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

export function formatViolations(violations: readonly AxeViolation[]): string {
  return violations
    .map(
      (v) =>
        `- ${v.id} (${v.impact ?? 'unknown impact'}): ${v.help}\n${v.targets.map((t) => `    at ${t}`).join('\n')}`,
    )
    .join('\n');
}
