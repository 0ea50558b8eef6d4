import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { snapshotFolder } from '../../support/folder-snapshot';
import { makeTempDir } from '../../support/temp-dir';
import { cli, expectOneLine } from '../cli/cli-harness';
import { hostileReviewClasses } from './hostile-review-files';
import {
  becomeReviewer,
  finalReport,
  importCandidate,
  openPerson,
  threadWith,
  writeLayer,
} from './review-file-fixture';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let pid: string;
const run = (argv: string[]) => cli(argv, { cwd: temp.path });

beforeEach(async () => {
  temp = await makeTempDir('cto-cli-review-');
  const candidate = await openPerson(join(temp.path, 'cand'), 'cand', '2026-11-01T09:00:00.000Z');
  const mentor = await openPerson(join(temp.path, 'ment'), 'ment', '2026-11-02T09:00:00.000Z');
  try {
    await candidate.call('profile-update', { name: 'Jordan Lee' });
    await becomeReviewer(mentor, 'Morgan Reyes');
    pid = await importCandidate(candidate, mentor, temp.path);
    const now = mentor.clock.now();
    await writeLayer(mentor, pid, (layer) => ({
      ...layer,
      threads: [threadWith('thread-1', 'reflection-1', 2, now)],
      reports: [finalReport('report-1', '2026-10', now)],
    }));
  } finally {
    await candidate.core.close();
    await mentor.core.close();
  }
});
afterEach(async () => {
  await temp.remove();
});

describe('cto-portfolio review', () => {
  it('exports, verifies, dry-runs and imports a review, the second time changing nothing', async () => {
    const exported = await run([
      'review',
      'export',
      '--data',
      'ment',
      '--portfolio',
      pid,
      '--out',
      'r.ctoreview',
    ]);
    expect(exported).toMatchObject({ code: 0, stderr: '' });
    expect(exported.stdout).toMatch(
      /^Saved the review of Jordan Lee by Morgan Reyes to .*r\.ctoreview/,
    );

    const verified = await run(['verify', 'r.ctoreview']);
    expect(verified.code).toBe(0);
    expectOneLine(verified.stdout);
    expect(verified.stdout).toContain(
      'is a valid review file from Morgan Reyes (mentor) for Jordan Lee (0 grades, 2 comments, 1 report)',
    );

    const before = await snapshotFolder(join(temp.path, 'cand'));
    const dry = await run([
      'review',
      'import',
      '--data',
      'cand',
      'r.ctoreview',
      '--dry-run',
      '--json',
    ]);
    expect(dry.code).toBe(0);
    expect(JSON.parse(dry.stdout).summary).toMatchObject({
      outcome: 'new',
      counts: { comments: 2, reports: 1 },
    });
    expect(await snapshotFolder(join(temp.path, 'cand'))).toEqual(before);

    const applied = await run(['review', 'import', '--data', 'cand', 'r.ctoreview']);
    expect(applied.code).toBe(0);
    expect(applied.stdout).toContain('Applied: the review from Morgan Reyes');
    expect(await readdir(join(temp.path, 'cand', 'reviews'))).toContain('news');

    const again = await run(['review', 'import', '--data', 'cand', 'r.ctoreview']);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/already applied: importing it again changes nothing\.\n$/);
  });

  it('exits 1 with one line for a tampered review, changing nothing', async () => {
    const tampered = hostileReviewClasses(pid).find((h) => h.name === 'a tampered final report')!;
    await tampered.write(join(temp.path, 'bad.ctoreview'));
    const before = await snapshotFolder(join(temp.path, 'cand'));
    const result = await run(['review', 'import', '--data', 'cand', 'bad.ctoreview']);
    expect(result.code).toBe(1);
    expectOneLine(result.stderr);
    expect(result.stderr).toContain(
      'The final report for 2026-10 has been changed since it was signed',
    );
    expect(await snapshotFolder(join(temp.path, 'cand'))).toEqual(before);
    const verified = await run(['verify', '--json', 'bad.ctoreview']);
    expect(verified.code).toBe(1);
    expect(JSON.parse(verified.stdout)).toMatchObject({ ok: false, problem: 'hash-mismatch' });
  });

  it('exits 2 for a missing sub-command or option', async () => {
    expect((await run(['review'])).code).toBe(2);
    expect((await run(['review', 'export', '--data', 'ment', '--out', 'x.ctoreview'])).code).toBe(
      2,
    );
    expect((await run(['review', 'import', '--data', 'cand'])).code).toBe(2);
  });

  it('refuses to export for a user who is not a reviewer, in one line', async () => {
    const result = await run([
      'review',
      'export',
      '--data',
      'cand',
      '--portfolio',
      pid,
      '--out',
      'x.ctoreview',
    ]);
    expect(result.code).toBe(1);
    expectOneLine(result.stderr);
    expect(result.stderr).toContain('Only a mentor or an instructor writes reviews');
  });
});

describe('a review file taken the bundle’s way', () => {
  it('is named as a review by the bundle import, changing nothing', async () => {
    const made = await run([
      'review',
      'export',
      '--data',
      'ment',
      '--portfolio',
      pid,
      '--out',
      'r.zip',
    ]);
    expect(made.code).toBe(0);
    const before = await snapshotFolder(join(temp.path, 'cand'));
    const result = await run(['import', '--data', 'cand', 'r.zip']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'This file is a review from a mentor or instructor (.ctoreview), not a portfolio bundle',
    );
    expect(await snapshotFolder(join(temp.path, 'cand'))).toEqual(before);
    // verify tells it by its manifest, whatever its name.
    expect((await run(['verify', 'r.zip'])).stdout).toMatch(/is a valid review file/);
  });
});
