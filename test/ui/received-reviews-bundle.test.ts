// @vitest-environment jsdom
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluation, finalReport, INSTRUCTOR, MENTOR } from '../support/review-builders';
import { readZip } from '../unit/bundle/bundle-fixture';
import { createAssignment } from './support/arrange';
import { finishedJob } from './support/bundles';
import { corePerTest } from './support/core-per-test';
import { reviewFileFor } from './support/review-files';

const core = corePerTest();

async function apply(file: File) {
  const summary = await core.bundleFiles.inspectReview(file, {
    signal: new AbortController().signal,
    onProgress: () => undefined,
  });
  await core.call('review-import-apply', { inspectionId: summary.inspectionId });
}

/** The candidate's bundle as exported, its web pages' visible text by path. */
async function exportedPages(): Promise<Map<string, string>> {
  const { jobId } = await core.call('bundle-export-start', { includePrivate: false });
  const job = await finishedJob(core, jobId);
  const entries = await readZip(join(core.dir, 'exports', jobId, job.exported!.fileName));
  const text = (html: string) =>
    (new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '').replace(
      /\s+/g,
      ' ',
    );
  return new Map(
    entries
      .filter((e) => e.name.endsWith('.html'))
      .map((e) => [e.name, text(e.bytes.toString('utf8'))]),
  );
}

describe("the bundle's web version after the candidate received reviews", () => {
  it('shows the grades with who gave them and the final reports of mentor and instructor', async () => {
    await core.call('profile-update', { name: 'Jordan Lee' });
    const memo = await createAssignment(core, { title: 'Budget memo', status: 'submitted' });
    const at = new Date(Date.now() + 60_000).toISOString();
    await apply(
      await reviewFileFor(core, MENTOR, {
        evaluations: [evaluation(memo.id, { at, comment: 'Clear and costed.' })],
        reports: [finalReport('report-oct', '2026-10')],
      }),
    );
    await apply(
      await reviewFileFor(core, INSTRUCTOR, {
        reports: [finalReport('report-nov', '2026-11')],
      }),
    );
    const pages = await exportedPages();
    const assignments = pages.get('site/assignments.html')!;
    expect(assignments).toMatch(
      /Budget memo .*Passed .*Passed, graded by Dr\. Alex Chen, Mentor, /,
    );
    expect(assignments).toContain('Clear and costed.');
    const reports = pages.get('site/reports.html')!;
    expect(reports).toContain('Dr. Alex Chen, Mentor October 2026');
    expect(reports).toContain('Pat Morales, Instructor / program coordinator November 2026');
    expect(pages.get('index.html')).toMatch(/Assignments passed 1 of \d+/);
  });
});
