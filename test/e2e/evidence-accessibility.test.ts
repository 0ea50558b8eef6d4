import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { it } from 'vitest';
import { expectNoAxeViolations } from './harness';
import { browserAndAppPerTest } from './harness/per-test-app';
import { goTo, openApp, pageHeading, skipWelcome } from './harness/app-page';
import {
  addArtifactFiles,
  artifactCard,
  linksPanel,
  openDisclosure,
  reflectionEditor,
  startNewReflection,
  waitUntilStored,
} from './harness/evidence-steps';
import { writePng } from './harness/test-files';

const run = browserAndAppPerTest();

/** Which records to open on each screen, and a query that finds some of them. */
interface EvidenceScreens {
  reflection: string;
  /** An image artifact, so the detail page shows its preview. */
  artifact: string;
  query: string;
}

/**
 * Reflections list, a reflection in the editor (its link pickers open), artifacts list, an
 * artifact's page, the search dialog with results, and the evidence map, each checked by axe
 * once it has rendered.
 */
async function expectEvidencePagesAccessible(
  page: Page,
  portfolio: string,
  { reflection, artifact, query }: EvidenceScreens,
): Promise<void> {
  await goTo(page, 'Reflections');
  await page.getByRole('main').getByRole('listitem', { name: reflection, exact: true }).waitFor();
  await expectNoAxeViolations(page, `the reflections list (${portfolio})`);

  await page.getByRole('link', { name: reflection, exact: true }).click();
  await pageHeading(page, 'Edit reflection').waitFor();
  await reflectionEditor(page).waitFor();
  for (const disclosure of ['Assignments', 'Artifacts', 'Competencies']) {
    await openDisclosure(linksPanel(page), disclosure);
  }
  await expectNoAxeViolations(page, `the reflection editor (${portfolio})`);

  await goTo(page, 'Artifacts');
  await artifactCard(page, artifact).waitFor();
  await expectNoAxeViolations(page, `the artifacts list (${portfolio})`);

  await artifactCard(page, artifact).getByRole('link', { name: artifact, exact: true }).click();
  await pageHeading(page, artifact).waitFor();
  const preview = page.getByRole('img', { name: `Preview of ${artifact}`, exact: true });
  await preview.waitFor();
  await preview.evaluate((img: HTMLImageElement) => img.decode());
  await openDisclosure(page.getByRole('region', { name: 'Details', exact: true }), 'Competencies');
  await expectNoAxeViolations(page, `an artifact's page (${portfolio})`);

  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Search your portfolio', exact: true });
  await dialog.getByRole('combobox', { name: 'Search', exact: true }).fill(query);
  await dialog.getByRole('option').first().waitFor();
  await expectNoAxeViolations(page, `the search dialog with results (${portfolio})`);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });

  await goTo(page, 'Evidence map');
  await page.getByRole('main').getByRole('table').first().waitFor();
  await expectNoAxeViolations(page, `the evidence map (${portfolio})`);
}

async function openSample(context: BrowserContext): Promise<Page> {
  const page = await openApp(context, run.app);
  await skipWelcome(page);
  await page.getByRole('button', { name: 'Open sample portfolio', exact: true }).click();
  await page.getByRole('complementary', { name: 'Sample portfolio' }).waitFor();
  return page;
}

const SAMPLE_SCREENS: EvidenceScreens = {
  reflection: 'Strategic planning starts with the board, not the gear',
  artifact: 'Network segmentation diagram',
  query: 'budget',
};

it('has no WCAG 2.1 AA violations on the evidence pages of a new portfolio with one reflection and one picture', async () => {
  const page = await openApp(run.chromium.context, run.app);
  await skipWelcome(page);
  const id = await startNewReflection(page, 'Coaching that sticks');
  await reflectionEditor(page).click();
  await page.keyboard.press('Control+Alt+2');
  await page.keyboard.type('What I learned');
  await page.keyboard.press('Enter');
  await page.keyboard.type('- Coaching beats one-off workshops');
  await waitUntilStored(page, run.app.dataDir, id, (r) => r.wordCount === 7);

  const png = join(run.desktop, 'network-diagram.png');
  await writePng(png, 32, 32);
  await goTo(page, 'Artifacts');
  await addArtifactFiles(page, [png]);

  await expectEvidencePagesAccessible(page, 'new portfolio', {
    reflection: 'Coaching that sticks',
    artifact: 'network-diagram',
    query: 'coaching',
  });
  await page.close();
});

it('has no WCAG 2.1 AA violations on the evidence pages of the sample, with real content', async () => {
  const page = await openSample(run.chromium.context);
  await expectEvidencePagesAccessible(page, 'sample portfolio', SAMPLE_SCREENS);
  await page.close();
});

it('has no WCAG 2.1 AA violations on the evidence pages of the sample in the dark colour scheme', async () => {
  const context = await run.chromium.browser.newContext({ colorScheme: 'dark' });
  const page = await openSample(context);
  await expectEvidencePagesAccessible(page, 'sample portfolio, dark', SAMPLE_SCREENS);
  await context.close();
});
