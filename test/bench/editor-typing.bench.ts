// Typing at the end of a 10,000-word reflection, in Chromium against the browser host: does a
// keystroke block the page long enough to be felt? A person types ~100 characters (40 ms apart),
// three times; beside it, the same typing into an empty reflection and into a plain <textarea>,
// and what one change costs in the editor's synchronous per-change work on each document.
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { richTextWordCount } from '@shared/rich-text/plain-text';
import { openCore } from '../../electron/core/app-core';
import { dispatch } from '../../electron/core/dispatch';
import { launchChromium } from '../e2e/harness/launch-chromium';
import { startApp } from '../e2e/harness/start-app';
import { longReflectionDoc } from './long-reflection';
import { median, percentile, type Bench } from './report';

const WORDS = 10_000;
const TYPED =
  ' The board asked for a three-year refresh plan, so I drafted one with the cabinet this week.';
const KEY_DELAY_MS = 40;
const ROUNDS = 3;
const LONG_TASK_MS = 50;

/**
 * Runs in every page before its own scripts (an init script is not subject to the page's CSP).
 * Records long tasks, and for every key that inserted text the time from its keydown to the
 * start of the next frame after the text went in: input delay, every handler (ProseMirror, the
 * app's onUpdate, React's render), and the wait for a frame. Not until the paint is presented:
 * headless Chromium without a GPU does not present frames reliably at the end of a 40,000 px page.
 * Source text, not a function: tsx would wrap inner helpers in a `__name` the page lacks.
 */
const OBSERVE = `
  window.benchLongTasks = [];
  window.benchKeys = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.benchLongTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask' });
  let keydownAt = 0;
  addEventListener('keydown', (event) => { keydownAt = event.timeStamp; }, true);
  addEventListener('input', () => {
    const start = keydownAt;
    requestAnimationFrame(() => window.benchKeys.push({ start, duration: performance.now() - start }));
  }, true);
`;

interface Timed {
  start: number;
  duration: number;
}
type ObservedWindow = Window & { benchLongTasks: Timed[]; benchKeys: Timed[] };

interface TypingRun {
  /** Durations of the long tasks that started while keys were being typed. */
  typingTasks: number[];
  /** Durations of the long tasks from the last key until the page was idle again (autosave). */
  saveTasks: number[];
  /** Per key: keydown to the next frame after its text went in. */
  keys: number[];
}

const idle = (page: Page) =>
  page.evaluate(
    () => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 2000 })),
  );

/** Types TYPED ROUNDS times into the focused element, settling after each round. */
async function typeAndObserve(page: Page, settle: () => Promise<void>): Promise<TypingRun> {
  const run: TypingRun = { typingTasks: [], saveTasks: [], keys: [] };
  for (let round = 0; round < ROUNDS; round += 1) {
    await idle(page);
    const start = await page.evaluate(() => performance.now());
    await page.keyboard.type(TYPED, { delay: KEY_DELAY_MS });
    const typed = await page.evaluate(() => performance.now());
    await settle();
    await idle(page);
    const end = await page.evaluate(() => performance.now());
    const { benchLongTasks, benchKeys } = await page.evaluate(() => {
      const observed = window as unknown as ObservedWindow;
      return { benchLongTasks: observed.benchLongTasks, benchKeys: observed.benchKeys };
    });
    const within = (list: Timed[], from: number, to: number) =>
      list.filter((t) => t.start >= from && t.start < to).map((t) => t.duration);
    run.typingTasks.push(...within(benchLongTasks, start, typed));
    run.saveTasks.push(...within(benchLongTasks, typed, end));
    run.keys.push(...within(benchKeys, start, typed));
  }
  return run;
}

/**
 * What one change costs on the open document, timed in the page (median of 20): the synchronous
 * part of a transaction with the app's listeners (the toolbar's state, onUpdate: document JSON,
 * plain text and word count, the query cache, the autosave queue), and two of its parts alone.
 * React's re-render and the browser's own editing and rendering come on top.
 */
const PER_CHANGE_COSTS = `(() => {
  const editor = document.querySelector('.ProseMirror').editor;
  const median = (run) => {
    const runs = [];
    for (let i = 0; i < 20; i += 1) {
      const t = performance.now();
      run();
      runs.push(performance.now() - t);
    }
    return runs.sort((a, b) => a - b)[10];
  };
  return {
    transaction: median(() => editor.view.dispatch(editor.state.tr.insertText('x'))),
    getJSON: median(() => editor.getJSON()),
    wordCount: median(() => editor.getText({ blockSeparator: '\\n' }).split(/\\s+/u).length),
  };
})()`;
type ChangeCosts = Record<'transaction' | 'getJSON' | 'wordCount', number>;

const longest = (values: number[]) => (values.length === 0 ? 0 : Math.max(...values));
const over = (values: number[], limit: number) => values.filter((v) => v > limit).length;

const bench: Bench = async ({ row, tempDir }) => {
  // Seeded through the core, as the editor would have saved it; the core is closed before the
  // host opens the same folder (one writer per data folder).
  const dataDir = join(tempDir, 'data');
  const content = longReflectionDoc(WORDS);
  const core = await openCore({ dataDir, host: 'browser', appVersion: 'bench' });
  const ids = { long: '', empty: '' };
  try {
    const call = async (channel: string, input: unknown) => {
      const answer = await dispatch(core.handlers, channel, input);
      if (!answer.ok) throw new Error(answer.error.message);
      return answer.result as { id: string };
    };
    await call('welcome-skip', {});
    ids.long = (await call('reflection-create', { title: 'A very long reflection' })).id;
    await call('reflection-update', { id: ids.long, content });
    ids.empty = (await call('reflection-create', { title: 'An empty reflection' })).id;
  } finally {
    await core.close();
  }

  const app = await startApp({ dataDir });
  const chromium = await launchChromium().catch(async (error: unknown) => {
    await app.close();
    throw error;
  });
  try {
    await chromium.context.addInitScript({ content: OBSERVE });

    const typeIntoReflection = async (id: string) => {
      const page = await chromium.context.newPage();
      try {
        await page.goto(app.url);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await page.evaluate((hash) => (window.location.hash = hash), `#/reflections/${id}`);
        const editor = page.getByRole('textbox', { name: 'Reflection text', exact: true });
        await editor.waitFor();
        await editor.click();
        await page.keyboard.press('Control+End');
        const saved = page.getByRole('status').filter({ hasText: /^Saved$/ });
        const run = await typeAndObserve(page, () => saved.waitFor({ timeout: 30_000 }));
        const costs = (await page.evaluate(PER_CHANGE_COSTS)) as ChangeCosts;
        return { run, costs };
      } finally {
        await page.close();
      }
    };
    const long = await typeIntoReflection(ids.long);
    const empty = await typeIntoReflection(ids.empty);
    const textarea = await (async () => {
      const page = await chromium.context.newPage();
      try {
        await page.setContent('<textarea aria-label="Plain text" rows="20" cols="80"></textarea>');
        await page.getByRole('textbox').click();
        return await typeAndObserve(page, async () => undefined);
      } finally {
        await page.close();
      }
    })();

    const keys = TYPED.length * ROUNDS;
    const words = richTextWordCount(content).toLocaleString('en-US');
    row({
      name: `typing ${keys} characters at the end of a ${words}-word reflection: longest long task`,
      value: longest(long.run.typingTasks),
      unit: 'ms',
      target: `none over ${LONG_TASK_MS} ms`,
      baseline: { name: 'an empty reflection', value: longest(empty.run.typingTasks) },
    });
    row({
      name: `  long tasks over ${LONG_TASK_MS} ms while typing`,
      value: long.run.typingTasks.length,
      unit: 'count',
      target: '0',
      baseline: { name: 'a plain <textarea>', value: textarea.typingTasks.length },
    });
    row({
      name: `  keydown to the next frame, median of ${long.run.keys.length} keys`,
      value: median(long.run.keys),
      unit: 'ms',
      baseline: { name: 'an empty reflection', value: median(empty.run.keys) },
    });
    row({
      name: '  keydown to the next frame, p95',
      value: percentile(long.run.keys, 95),
      unit: 'ms',
      target: `<= ${LONG_TASK_MS} ms`,
      baseline: { name: 'an empty reflection', value: percentile(empty.run.keys, 95) },
    });
    row({
      name: `  keys over ${LONG_TASK_MS} ms from keydown to the next frame`,
      value: over(long.run.keys, LONG_TASK_MS),
      unit: 'count',
      target: '0',
      baseline: { name: 'a plain <textarea>', value: over(textarea.keys, LONG_TASK_MS) },
    });
    row({
      name: '  longest long task after the last key until idle (the autosave)',
      value: longest(long.run.saveTasks),
      unit: 'ms',
      baseline: { name: 'an empty reflection', value: longest(empty.run.saveTasks) },
    });
    row({
      name: "  one change: the transaction with the app's listeners (synchronous part)",
      value: long.costs.transaction,
      unit: 'ms',
      baseline: { name: 'an empty reflection', value: empty.costs.transaction },
    });
    row({
      name: '    of which editor.getText() + word count of the whole document',
      value: long.costs.wordCount,
      unit: 'ms',
      baseline: { name: 'an empty reflection', value: empty.costs.wordCount },
    });
    row({
      name: '    of which editor.getJSON() of the whole document',
      value: long.costs.getJSON,
      unit: 'ms',
      baseline: { name: 'an empty reflection', value: empty.costs.getJSON },
    });
    // Long tasks come and go with whatever else the machine runs: say how busy it was.
    row({
      name: `  machine load (1-minute average; ${cpus().length} cores): figures are noisy above that`,
      value: loadavg()[0]!,
      unit: 'ratio',
    });
  } finally {
    await chromium.close();
    await app.close();
  }
};

export default bench;
