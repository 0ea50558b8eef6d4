import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { countWords } from '@shared/rich-text/plain-text';
import { expect, it } from 'vitest';
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
import { readPortfolioFile } from './harness/portfolio-file';

const run = browserAndAppPerTest();

const FRAMEWORK = 'Program candidate areas';
const COMPETENCY = { id: 'area-fiscal-management', title: 'Fiscal management' };
const REFLECTION = {
  title: 'After the security session',
  body: 'Our ransomware tabletop showed we have no communications lead.',
};
/** The artifact is retitled, so only its file name holds the word "survey". */
const ARTIFACT = { fileName: 'wifi-survey-2026.txt', title: 'Wireless coverage findings' };

/** Checks a competency in a links disclosure (reflection editor or artifact details). */
async function tickCompetency(scope: Locator): Promise<void> {
  await openDisclosure(scope, 'Competencies');
  await scope
    .getByRole('group', { name: FRAMEWORK, exact: true })
    .getByRole('checkbox', { name: COMPETENCY.title, exact: true })
    .check();
}

/**
 * A reflection (body typed in the editor) and an artifact (added from a file, then retitled),
 * each linked to the same competency from its own page, as a user would.
 */
async function recordEvidence(page: Page): Promise<void> {
  await skipWelcome(page);
  const id = await startNewReflection(page, REFLECTION.title);
  await reflectionEditor(page).click();
  await page.keyboard.type(REFLECTION.body);
  await tickCompetency(linksPanel(page));
  await waitUntilStored(
    page,
    run.app.dataDir,
    id,
    (r) =>
      r.wordCount === countWords(REFLECTION.body) &&
      r.title === REFLECTION.title &&
      r.competencyIds.length === 1,
  );

  const file = join(run.desktop, ARTIFACT.fileName);
  await writeFile(file, 'Signal strength by building, March 2026.\n');
  await goTo(page, 'Artifacts');
  await addArtifactFiles(page, [file]);
  await artifactCard(page, 'wifi-survey-2026').getByRole('link').click();
  await pageHeading(page, 'wifi-survey-2026').waitFor();
  const details = page.getByRole('region', { name: 'Details', exact: true });
  await details.getByLabel('Title', { exact: true }).fill(ARTIFACT.title);
  await tickCompetency(details);
  await details.getByRole('button', { name: 'Save details', exact: true }).click();
  await details.getByRole('status').filter({ hasText: 'Details saved.' }).waitFor();
  await pageHeading(page, ARTIFACT.title).waitFor();
  const { artifacts } = await readPortfolioFile(run.app.dataDir);
  expect(artifacts).toMatchObject([
    { title: ARTIFACT.title, fileName: ARTIFACT.fileName, competencyIds: [COMPETENCY.id] },
  ]);
}

/** Types a query into the open search dialog and returns the group of results of one kind. */
async function searchFor(page: Page, query: string, group: string): Promise<Locator> {
  const dialog = page.getByRole('dialog', { name: 'Search your portfolio', exact: true });
  await dialog.getByRole('combobox', { name: 'Search', exact: true }).fill(query);
  const results = dialog.getByRole('listbox', { name: group, exact: true });
  await results.waitFor();
  return results;
}

it('finds the reflection by a word of its body and the artifact by its file name, with the matches marked', async () => {
  const page = await openApp(run.chromium.context, run.app);
  await recordEvidence(page);

  await page.keyboard.press('Control+K');
  const dialog = page.getByRole('dialog', { name: 'Search your portfolio', exact: true });
  await dialog.waitFor();
  expect(
    await dialog
      .getByRole('combobox', { name: 'Search', exact: true })
      .evaluate((input) => input === document.activeElement),
  ).toBe(true);

  const reflections = await searchFor(page, 'tabletop', 'Reflections');
  const reflectionHit = reflections.getByRole('option').filter({ hasText: REFLECTION.title });
  await reflectionHit.waitFor();
  expect(await reflectionHit.locator('mark').allTextContents()).toContain('tabletop');

  const artifacts = await searchFor(page, 'survey', 'Artifacts');
  const artifactHit = artifacts.getByRole('option').filter({ hasText: ARTIFACT.title });
  await artifactHit.waitFor();
  expect(await artifactHit.locator('mark').allTextContents()).toContain('survey');
  await expect.poll(() => artifactHit.textContent()).toContain(ARTIFACT.fileName);

  // Enter opens the active (first) result: the artifact's page.
  await page.keyboard.press('Enter');
  await pageHeading(page, ARTIFACT.title).waitFor();
  await dialog.waitFor({ state: 'hidden' });
  await page.close();
});

it('shows the reflection and the artifact in the row of the competency they are linked to, marked Covered', async () => {
  const page = await openApp(run.chromium.context, run.app);
  await recordEvidence(page);

  await goTo(page, 'Evidence map');
  await page
    .getByRole('combobox', { name: 'Framework', exact: true })
    .selectOption({ label: FRAMEWORK });
  const tables = page.getByRole('main').getByRole('table');
  await expect.poll(() => tables.count()).toBe(1);
  const table = page.getByRole('table', {
    name: new RegExp(`^${FRAMEWORK}: competencies and their evidence`),
  });
  const rowOf = (competency: string) =>
    table.getByRole('row').filter({
      has: page.getByRole('rowheader', { name: competency, exact: true }),
    });

  const row = rowOf(COMPETENCY.title);
  await row.getByRole('cell', { name: 'Covered' }).waitFor();
  await row.getByRole('link', { name: REFLECTION.title, exact: true }).waitFor();
  await row.getByRole('link', { name: ARTIFACT.title, exact: true }).waitFor();
  // Every other competency has no evidence yet.
  await rowOf('Written communications').getByRole('cell', { name: 'Not yet' }).waitFor();
  expect(await table.getByRole('cell', { name: 'Covered' }).count()).toBe(1);
  await table.getByText('1 of 9 competencies have evidence.', { exact: true }).waitFor();

  await row.getByRole('link', { name: REFLECTION.title, exact: true }).click();
  await pageHeading(page, 'Edit reflection').waitFor();
  await reflectionEditor(page).getByText(REFLECTION.body, { exact: true }).waitFor();
  await page.close();
});
