import type { Dialog, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { countWords } from '@shared/rich-text/plain-text';
import { browserAndAppPerTest } from './harness/per-test-app';
import { openApp, pageHeading, skipWelcome } from './harness/app-page';
import {
  linksPanel,
  openDisclosure,
  reflectionEditor,
  startNewReflection,
  waitUntilStored,
} from './harness/evidence-steps';
import { nodesOf, readReflectionText, textOf } from './harness/reflection-file';

const run = browserAndAppPerTest();

const HEADING = 'What I learned about coaching';
const PARAGRAPH = 'One-off workshops fade; coaching in classrooms sticks.';
const ITEMS = ['Model lessons with teachers', 'Follow up within a week'];
const SESSION_2 = 'Session 2: Professional Development, Educational Technology';
const COMPETENCY = { id: 'area-written-communications', title: 'Written communications' };
const WORDS = countWords([HEADING, PARAGRAPH, ...ITEMS].join('\n'));

it('keeps a reflection with a heading and a list, linked to session 2 and a competency, across a reload, on screen and on disk', async () => {
  const page = await openApp(run.chromium.context, run.app);
  await skipWelcome(page);
  const id = await startNewReflection(page, 'Coaching that sticks');

  // Written as a user does: the Heading 2 button, then paragraphs, then "- " starts a list.
  const editor = reflectionEditor(page);
  await editor.click();
  await page
    .getByRole('toolbar', { name: 'Formatting' })
    .getByRole('button', { name: 'Heading 2 (Ctrl+Alt+2)', exact: true })
    .click();
  await page.keyboard.type(HEADING);
  await page.keyboard.press('Enter');
  await page.keyboard.type(PARAGRAPH);
  await page.keyboard.press('Enter');
  await page.keyboard.type(`- ${ITEMS[0]}`);
  await page.keyboard.press('Enter');
  await page.keyboard.type(ITEMS[1]!);

  const links = linksPanel(page);
  await links
    .getByRole('combobox', { name: 'Session', exact: true })
    .selectOption({ label: SESSION_2 });
  await openDisclosure(links, 'Competencies');
  await links
    .getByRole('group', { name: 'Program candidate areas', exact: true })
    .getByRole('checkbox', { name: COMPETENCY.title, exact: true })
    .check();

  const stored = await waitUntilStored(
    page,
    run.app.dataDir,
    id,
    (r) =>
      r.session === 2 &&
      r.competencyIds.includes(COMPETENCY.id) &&
      nodesOf(r.content).some((n) => n.type === 'listItem' && textOf(n) === ITEMS[1]),
  );
  const nodes = nodesOf(stored.content);
  const heading = nodes.find((n) => n.type === 'heading');
  expect(heading?.attrs?.level).toBe(2);
  expect(textOf(heading!)).toBe(HEADING);
  const list = nodes.find((n) => n.type === 'bulletList');
  expect(list?.content?.map(textOf)).toEqual(ITEMS);
  expect(nodes.some((n) => n.type === 'paragraph' && textOf(n) === PARAGRAPH)).toBe(true);
  expect(stored.title).toBe('Coaching that sticks');
  expect(stored.competencyIds).toEqual([COMPETENCY.id]);
  expect(stored.wordCount).toBe(WORDS);

  await page.reload();
  await pageHeading(page, 'Edit reflection').waitFor();
  await reflectionEditor(page)
    .getByRole('heading', { level: 2, name: HEADING, exact: true })
    .waitFor();
  const items = reflectionEditor(page).getByRole('list').getByRole('listitem');
  expect(await items.allTextContents()).toEqual(ITEMS);
  await reflectionEditor(page).getByText(PARAGRAPH, { exact: true }).waitFor();
  expect(await page.getByLabel('Title', { exact: true }).inputValue()).toBe('Coaching that sticks');
  await page.getByText(`${WORDS} words`, { exact: true }).waitFor();
  const linksAfter = linksPanel(page);
  expect(
    await linksAfter.getByRole('combobox', { name: 'Session', exact: true }).inputValue(),
  ).toBe('2');
  await openDisclosure(linksAfter, 'Competencies');
  expect(
    await linksAfter.getByRole('checkbox', { name: COMPETENCY.title, exact: true }).isChecked(),
  ).toBe(true);
  await page.close();
});

/** Paste as the browser delivers it: a paste event whose clipboard holds text/html. */
async function pasteHtml(page: Page, html: string): Promise<void> {
  await reflectionEditor(page).evaluate((element, pasted) => {
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/html', pasted);
    clipboardData.setData('text/plain', 'plain fallback');
    element.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }),
    );
  }, html);
}

const HOSTILE_HTML = [
  '<p>Safe words survive <a href="javascript:window.pwned=1;alert(1)">click me</a>',
  ' and <a href="https://example.org/ok">a real link</a>.</p>',
  "<script>window.pwned=2;alert('script')</script>",
  '<img src="x" onerror="window.pwned=3;alert(3)">',
  '<img src="https://tracker.invalid/pixel.png">',
  '<iframe src="javascript:alert(4)"></iframe>',
  '<iframe srcdoc="&lt;script&gt;parent.pwned=5&lt;/script&gt;"></iframe>',
  '<p onclick="alert(6)" style="background:url(https://tracker.invalid/bg.png)">Still here</p>',
].join('');

it('stores a hostile paste inert: no script, frame or javascript: link reaches the file, and nothing runs or loads', async () => {
  const page = await openApp(run.chromium.context, run.app);
  const dialogs: string[] = [];
  page.on('dialog', (dialog: Dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const foreignRequests: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(run.app.origin)) foreignRequests.push(request.url());
  });
  await skipWelcome(page);
  const id = await startNewReflection(page, 'Pasted from the web');
  await reflectionEditor(page).click();

  await pasteHtml(page, HOSTILE_HTML);

  const stored = await waitUntilStored(page, run.app.dataDir, id, (r) =>
    nodesOf(r.content).some((n) => textOf(n).includes('Still here')),
  );
  const nodes = nodesOf(stored.content);
  expect(nodes.map((n) => textOf(n)).join(' ')).toContain('Safe words survive click me');
  const hrefs = nodes.flatMap((n) =>
    (n.marks ?? []).flatMap((m) => (m.type === 'link' ? [m.attrs.href] : [])),
  );
  expect(hrefs).toEqual(['https://example.org/ok']);
  const fileText = await readReflectionText(run.app.dataDir, id);
  for (const unsafe of [
    'script',
    'iframe',
    'javascript:',
    'onerror',
    'onclick',
    'alert',
    'img',
    'tracker.invalid',
    'pwned',
  ]) {
    expect(fileText, `the stored file holds "${unsafe}"`).not.toContain(unsafe);
  }
  expect(
    await reflectionEditor(page).locator('script, iframe, img, [onerror], [onclick]').count(),
  ).toBe(0);
  expect(await page.evaluate(() => 'pwned' in window)).toBe(false);
  expect(dialogs).toEqual([]);
  expect(foreignRequests).toEqual([]);
  await page.close();
});
