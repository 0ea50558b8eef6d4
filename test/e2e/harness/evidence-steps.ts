import { basename } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Reflection } from '@shared/domain/reflection';
import { goTo, pageHeading } from './app-page';
import { readReflectionFile } from './reflection-file';

/**
 * The steps of the evidence pages (reflections, artifacts), in the user's terms: start a
 * reflection, wait until what was typed is on disk, add files as artifacts.
 */

/** The reflection editor's text area (tiptap's contenteditable). */
export function reflectionEditor(page: Page): Locator {
  return page.getByRole('textbox', { name: 'Reflection text', exact: true });
}

/** The editor's side panel of links: status, session, assignments, artifacts, competencies. */
export function linksPanel(page: Page): Locator {
  return page.getByRole('region', { name: 'Links', exact: true });
}

/** Opens a <details> disclosure ("Competencies (none chosen)") by the start of its summary. */
export async function openDisclosure(scope: Locator, label: string): Promise<void> {
  const summary = scope.locator('summary').filter({ hasText: new RegExp(`^${label}\\b`) });
  if ((await summary.locator('xpath=..').getAttribute('open')) === null) await summary.click();
}

/** The id of the reflection the page shows, from its address (#/reflections/<id>). */
export function reflectionIdOf(page: Page): string {
  const match = /#\/reflections\/([^/?]+)/.exec(page.url());
  if (!match?.[1]) throw new Error(`${page.url()} is not a reflection's page.`);
  return decodeURIComponent(match[1]);
}

/**
 * From anywhere in the app: Reflections, New reflection, and the editor open; typing its title
 * makes the record (an untouched new reflection is never stored). Returns its id, once the
 * address is the record's own.
 */
export async function startNewReflection(page: Page, title: string): Promise<string> {
  await goTo(page, 'Reflections');
  await page.getByRole('button', { name: 'New reflection', exact: true }).click();
  await pageHeading(page, 'Edit reflection').waitFor();
  await reflectionEditor(page).waitFor();
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.waitForURL((url) => !url.hash.startsWith('#/reflections/new'));
  return reflectionIdOf(page);
}

/**
 * Autosave is debounced, so "Saved" is on screen before typing starts too: wait for the file on
 * disk to show the change, then for the status line to say everything reached it.
 */
export async function waitUntilStored(
  page: Page,
  dataDir: string,
  id: string,
  stored: (reflection: Reflection) => boolean,
): Promise<Reflection> {
  await expect
    .poll(async () => stored(await readReflectionFile(dataDir, id)), {
      timeout: 10_000,
      message: `reflections/${id}.json never showed the change`,
    })
    .toBe(true);
  await page
    .getByRole('status')
    .filter({ hasText: /^Saved$/ })
    .waitFor();
  return readReflectionFile(dataDir, id);
}

/** The artifact's card in the grid, named by its title. */
export function artifactCard(page: Page, title: string): Locator {
  return page.getByRole('main').getByRole('listitem', { name: title, exact: true });
}

/**
 * On the Artifacts page: choose files with the file input (as the system's file dialog would)
 * and wait for each to arrive as a card; a new artifact is titled after its file name.
 */
export async function addArtifactFiles(page: Page, files: readonly string[]): Promise<void> {
  await page
    .getByLabel('Add files: drop them here, or choose files', { exact: true })
    .setInputFiles([...files]);
  for (const file of files) {
    await artifactCard(page, basename(file).replace(/\.[^.]+$/, '')).waitFor();
  }
}
