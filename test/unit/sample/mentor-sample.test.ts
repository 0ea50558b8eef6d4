import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bundleDataSchema, DATA_PATH } from '@shared/bundle/bundle-schemas';
import { richTextToPlainText } from '@shared/rich-text/plain-text';
import { reportHashText } from '@shared/review/report-hash';
import { identitySchema } from '@shared/review/roles';
import { storedReviewLayerSchema } from '@shared/review/review-layer';
import { ReviewedLibrary } from '../../../electron/core/reviewed/reviewed-library';
import { cli, FIXED_NOW } from '../cli/cli-harness';
import { makeTempDir } from '../../support/temp-dir';

const DAY_MS = 86_400_000;
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function tempFolder(prefix: string): Promise<string> {
  const temp = await makeTempDir(prefix);
  cleanups.push(temp.remove);
  return temp.path;
}

async function json(path: string): Promise<unknown> {
  return JSON.parse(await readFile(path, 'utf8')) as unknown;
}

/** The mentor sample as `init --sample --as mentor` makes it, read back from the files. */
async function mentorSample() {
  const dir = join(await tempFolder('cto-mentor-sample-'), 'data');
  const result = await cli(['init', '--data', dir, '--sample', '--as', 'mentor'], { cwd: dir });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  const library = new ReviewedLibrary(dir);
  const copies = await Promise.all(
    (await library.list()).map(async (listed) => {
      const folder = library.folder(listed.origin.portfolioId);
      return {
        listed,
        data: bundleDataSchema.parse(await json(join(folder, DATA_PATH))),
        layer: storedReviewLayerSchema.parse(await json(join(folder, 'mentor', 'layer.json'))),
      };
    }),
  );
  const byName = (name: string) => {
    const copy = copies.find((c) => c.listed.origin.name === name);
    if (!copy) throw new Error(`No sample candidate ${name}`);
    return copy;
  };
  return { dir, result, copies, byName };
}

describe('init --sample --as mentor', () => {
  it('makes a mentor with three candidates at different points of the program', async () => {
    const { dir, result, copies, byName } = await mentorSample();
    expect(result.stdout).toMatch(/Dr\. Angela Chen with three candidates/);
    const identity = identitySchema.parse(await json(join(dir, 'identity.json')));
    expect(identity.roles).toEqual(['mentor']);
    expect(identity.reviewer.name).toBe('Dr. Angela Chen');
    expect(copies.map((c) => c.listed.origin.name).sort()).toEqual([
      'Jordan Rivera',
      'Marcus Webb',
      'Priya Natarajan',
    ]);
    expect(new Set(copies.map((c) => c.listed.origin.portfolioId)).size).toBe(3);

    // On track: last month's report is final, and its hash is the hash of what it says.
    const [report] = byName('Jordan Rivera').layer.reports;
    expect(report?.state).toBe('final');
    expect(report?.sha256).toBe(createHash('sha256').update(reportHashText(report!)).digest('hex'));

    // Mid-conversation: an open thread anchored to a passage still in the reflection.
    const priya = byName('Priya Natarajan');
    const [thread] = priya.layer.threads;
    expect(thread?.resolvedAt).toBeNull();
    const reflection = priya.data.reflections.find((r) => r.id === thread?.target.id);
    expect(richTextToPlainText(reflection!.content)).toContain(thread!.anchor!.quote);

    // Behind: no bundle for over 30 days, and work past its due date.
    const marcus = byName('Marcus Webb');
    const age = FIXED_NOW.getTime() - Date.parse(marcus.listed.origin.exportedAt);
    expect(age).toBeGreaterThan(30 * DAY_MS);
    const today = marcus.listed.origin.exportedAt.slice(0, 10);
    const overdue = marcus.data.portfolio.assignments.filter(
      (a) => a.due !== null && a.due < today && a.status !== 'passed',
    );
    expect(overdue.length).toBeGreaterThanOrEqual(3);
    expect(marcus.layer.reports).toEqual([]);
  });

  it('refuses --as without --sample, and an unknown role, as wrong usage', async () => {
    const dir = await tempFolder('cto-mentor-sample-usage-');
    const alone = await cli(['init', '--data', join(dir, 'a'), '--as', 'mentor'], { cwd: dir });
    expect(alone.code).toBe(2);
    expect(alone.stderr).toMatch(/--as goes with --sample/);
    const unknown = await cli(['init', '--data', join(dir, 'b'), '--sample', '--as', 'boss'], {
      cwd: dir,
    });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/takes candidate or mentor, not "boss"/);
  });
});
