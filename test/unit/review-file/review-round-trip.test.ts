import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newRecordMeta } from '@shared/domain/record';
import { snapshotFolder } from '../../support/folder-snapshot';
import { makeTempDir } from '../../support/temp-dir';
import {
  becomeReviewer,
  finalReport,
  importCandidate,
  openPerson,
  threadWith,
  writeLayer,
  type Person,
} from './review-file-fixture';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let candidate: Person;
let mentor: Person;
let pid: string;

beforeEach(async () => {
  temp = await makeTempDir('cto-review-trip-');
  candidate = await openPerson(join(temp.path, 'candidate'), 'cand', '2026-11-01T09:00:00.000Z');
  mentor = await openPerson(join(temp.path, 'mentor'), 'ment', '2026-11-02T09:00:00.000Z');
  await candidate.call('profile-update', { name: 'Jordan Lee' });
  await becomeReviewer(mentor, 'Morgan Reyes');
  pid = await importCandidate(candidate, mentor, temp.path);
});
afterEach(async () => {
  await candidate.core.close();
  await mentor.core.close();
  await temp.remove();
});

/** The reviewer's review exported through the channel (browser host: bytes) and saved. */
async function exportReview(reviewer: Person, name: string): Promise<string> {
  const exported = await reviewer.call('review-export', { portfolioId: pid });
  const path = join(temp.path, name);
  await writeFile(path, Buffer.from(exported.base64!, 'base64'));
  return path;
}

async function gradeAndComment(reviewer: Person, comments = 2) {
  const now = reviewer.clock.now();
  await writeLayer(reviewer, pid, (layer) => ({
    ...layer,
    evaluations: [
      {
        ...newRecordMeta('eval-1', now),
        assignmentId: 'assignment-x',
        result: 'passed',
        rubric: [{ criterionId: 'clarity', level: 3 }],
        comment: 'Well argued.',
      },
    ],
    threads: [threadWith('thread-1', 'reflection-x', comments, now)],
    reports: [finalReport('report-1', '2026-10', now)],
  }));
}

const inspectPath = (path: string) =>
  candidate.call('review-import-inspect', { source: { kind: 'path', path } });

describe('a review sent back by file', () => {
  it('is summarised, then applied beside the candidate’s own content', async () => {
    await gradeAndComment(mentor);
    const file = await exportReview(mentor, 'review.ctoreview');
    const ownBefore = await readFile(join(candidate.dataDir, 'portfolio.json'), 'utf8');

    const summary = await inspectPath(file);
    expect(summary).toMatchObject({
      outcome: 'new',
      reviewer: { name: 'Morgan Reyes', role: 'mentor' },
      counts: { grades: 1, comments: 2, reports: 1 },
    });
    expect(summary.sentence).toBe(
      'This review from Morgan Reyes (mentor) brings 1 grade, 2 comments and 1 report; applying it keeps your own work as it is.',
    );
    const applied = await candidate.call('review-import-apply', {
      inspectionId: summary.inspectionId,
    });
    expect(applied).toMatchObject({ applied: true, outcome: 'new' });

    const kept = JSON.parse(
      await readFile(join(candidate.dataDir, 'reviews', `${applied.reviewerId}.json`), 'utf8'),
    );
    expect(kept.layer.evaluations[0].comment).toBe('Well argued.');
    expect(kept.layer.reports[0].month).toBe('2026-10');
    expect(await readFile(join(candidate.dataDir, 'portfolio.json'), 'utf8')).toBe(ownBefore);
    const received = await candidate.call('reviews-received', {});
    expect(received.reviews).toHaveLength(1);
    expect(received.news[0]!.counts).toEqual({ grades: 1, comments: 2, reports: 1 });
  });

  it('changes nothing when the same file comes twice', async () => {
    await gradeAndComment(mentor);
    const file = await exportReview(mentor, 'review.ctoreview');
    const first = await inspectPath(file);
    await candidate.call('review-import-apply', { inspectionId: first.inspectionId });
    const before = await snapshotFolder(candidate.dataDir);

    const again = await inspectPath(file);
    expect(again.outcome).toBe('same');
    expect(again.sentence).toMatch(/already applied: importing it again changes nothing\.$/);
    const result = await candidate.call('review-import-apply', {
      inspectionId: again.inspectionId,
    });
    expect(result.applied).toBe(false);
    expect(await snapshotFolder(candidate.dataDir)).toEqual(before);
  });

  it('changes nothing for an older review after a newer one, and says so', async () => {
    await gradeAndComment(mentor, 1);
    const older = await exportReview(mentor, 'older.ctoreview');
    mentor.clock.set('2026-11-20T09:00:00.000Z');
    await gradeAndComment(mentor, 3);
    const newer = await exportReview(mentor, 'newer.ctoreview');
    const applied = await inspectPath(newer);
    await candidate.call('review-import-apply', { inspectionId: applied.inspectionId });
    const before = await snapshotFolder(candidate.dataDir);

    const late = await inspectPath(older);
    expect(late.outcome).toBe('older');
    expect(late.sentence).toBe(
      'This review from Morgan Reyes (mentor) was exported on 2026-11-02, before the one you have (2026-11-20): importing it changes nothing.',
    );
    await candidate.call('review-import-apply', { inspectionId: late.inspectionId });
    expect(await snapshotFolder(candidate.dataDir)).toEqual(before);
  });

  it('keeps a mentor’s and an instructor’s reviews side by side', async () => {
    const instructor = await openPerson(
      join(temp.path, 'instr'),
      'inst',
      '2026-11-03T09:00:00.000Z',
    );
    try {
      await becomeReviewer(instructor, 'Dr. Ada Park', 'instructor');
      await importCandidate(candidate, instructor, temp.path);
      await gradeAndComment(mentor);
      await gradeAndComment(instructor, 1);
      for (const file of [
        await exportReview(mentor, 'm.ctoreview'),
        await exportReview(instructor, 'i.ctoreview'),
      ]) {
        const summary = await inspectPath(file);
        await candidate.call('review-import-apply', { inspectionId: summary.inspectionId });
      }
      const received = await candidate.call('reviews-received', {});
      expect(received.reviews.map((r) => [r.reviewer.name, r.reviewer.role]).sort()).toEqual([
        ['Dr. Ada Park', 'instructor'],
        ['Morgan Reyes', 'mentor'],
      ]);
    } finally {
      await instructor.core.close();
    }
  });

  it('refuses a review of another portfolio in one sentence naming both', async () => {
    const other = await openPerson(join(temp.path, 'other'), 'othr', '2026-11-01T09:00:00.000Z');
    try {
      await other.call('profile-update', { name: 'Sam Ortiz' });
      pid = await importCandidate(other, mentor, temp.path);
      await gradeAndComment(mentor);
      const file = await exportReview(mentor, 'sam.ctoreview');
      const before = await snapshotFolder(candidate.dataDir);
      expect(
        await candidate.refusal('review-import-inspect', { source: { kind: 'path', path: file } }),
      ).toBe(
        'This review is for the portfolio of "Sam Ortiz", not for yours ("Jordan Lee"), so nothing was imported: ask your reviewer for the review of your portfolio.',
      );
      expect(await snapshotFolder(candidate.dataDir)).toEqual(before);
    } finally {
      await other.core.close();
    }
  });

  it('takes the candidate’s reply in a received thread, and the news can be dismissed', async () => {
    await gradeAndComment(mentor);
    const summary = await inspectPath(await exportReview(mentor, 'r.ctoreview'));
    const { reviewerId } = await candidate.call('review-import-apply', {
      inspectionId: summary.inspectionId,
    });
    const reply = await candidate.call('review-reply-add', {
      reviewerId,
      threadId: 'thread-1',
      body: 'I added the budget table.',
    });
    expect(reply).toMatchObject({ authorName: 'Jordan Lee', threadId: 'thread-1' });
    const onDisk = JSON.parse(await readFile(join(candidate.dataDir, 'portfolio.json'), 'utf8'));
    expect(onDisk.reviewReplies).toEqual([reply]);
    expect(
      await candidate.refusal('review-reply-add', { reviewerId, threadId: 'nope', body: 'x' }),
    ).toMatch(/^That comment thread is not in the reviews you received/);
    const dismissed = await candidate.call('review-news-dismiss', { reviewerId });
    expect(dismissed.news).toEqual([]);
    expect(dismissed.replies).toEqual([reply]);
  });
});
