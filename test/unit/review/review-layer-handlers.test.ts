import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROGRAM } from '@shared/program/default-program';
import type { BundleData } from '@shared/bundle/bundle-schemas';
import { openCore } from '../../../electron/core/app-core';
import { repliesTo } from '../../../electron/core/review/layer/candidate-copy';
import { snapshotFolder } from '../../support/folder-snapshot';
import { PASSAGE } from '../../support/review-arrange';
import { refusedWithNothingWritten, reviewSetupPerTest } from './layer-fixture';

const setup = reviewSetupPerTest();
const sessionRubric = DEFAULT_PROGRAM.rubrics.find((r) => r.kinds.includes('session'))!;
const [first, second] = sessionRubric.criteria;

function evaluation(fields: Record<string, unknown> = {}) {
  return {
    portfolioId: setup.portfolioId,
    assignmentId: setup.candidate.sessionAssignment.id,
    result: 'passed' as const,
    rubric: [
      { criterionId: first!.id, level: 3 as const },
      { criterionId: second!.id, level: 4 as const },
    ],
    comment: 'Clear and practical.',
    ...fields,
  };
}

describe('grading an assignment', () => {
  it('keeps one evaluation per assignment, which grading again edits', async () => {
    const { mentor } = setup;
    const graded = await mentor.call('review-evaluation-set', evaluation());
    mentor.clock.set('2026-09-02T09:00:00.000Z');
    const regraded = await mentor.call(
      'review-evaluation-set',
      evaluation({ result: 'needs-revision', rubric: [], comment: 'Add the costs.' }),
    );
    expect(regraded).toMatchObject({ id: graded.id, revision: 2, result: 'needs-revision' });
    expect(regraded.updatedAt).toBe('2026-09-02T09:00:00.000Z');
    const onDisk = await setup.layerOnDisk();
    expect(onDisk.evaluations).toEqual([regraded]);
    const view = await mentor.call('review-layer-get', { portfolioId: setup.portfolioId });
    expect(view.layer.evaluations).toEqual([regraded]);
    expect(view.reviewer).toMatchObject({ name: 'Sam Rivera', role: 'mentor' });
    expect(view.program.rubrics.map((r) => r.id)).toEqual(DEFAULT_PROGRAM.rubrics.map((r) => r.id));
    expect(view.program.areas).toHaveLength(9);
    expect(view.candidate).toEqual({ name: 'Jordan Lee', organisation: 'Lakeside USD' });
  });

  it('writes nothing when grading the same way again', async () => {
    await setup.mentor.call('review-evaluation-set', evaluation());
    const before = await snapshotFolder(setup.mentor.dataDir);
    await setup.mentor.call('review-evaluation-set', evaluation());
    expect(await snapshotFolder(setup.mentor.dataDir)).toEqual(before);
  });

  it.each([
    {
      case: 'an assignment not in the copy',
      input: () => evaluation({ assignmentId: 'no-such-assignment' }),
      says: "That assignment is not in the candidate's latest bundle any more: reload the page and try again.",
    },
    {
      case: 'rubric scores for a kind without a rubric',
      input: () => evaluation({ assignmentId: setup.candidate.prerequisite.id }),
      says: 'The program has no rubric for prerequisite assignments: save the evaluation without rubric scores.',
    },
    {
      case: 'a criterion of another rubric',
      input: () => evaluation({ rubric: [{ criterionId: 'presentation-delivery', level: 2 }] }),
      says: '"presentation-delivery" is not a criterion of the rubric "Session assignment": score only its criteria.',
    },
    {
      case: 'a criterion scored twice',
      input: () =>
        evaluation({
          rubric: [
            { criterionId: first!.id, level: 2 },
            { criterionId: first!.id, level: 3 },
          ],
        }),
      says: 'Score each criterion of the rubric once.',
    },
    {
      case: 'a level off the scale',
      input: () => evaluation({ rubric: [{ criterionId: first!.id, level: 5 }] }),
      says: /^The request is not valid \(rubric\.0\.level\)/,
    },
    {
      case: 'an id that breaks the id rule',
      input: () => evaluation({ assignmentId: '../../etc' }),
      says: /^The request is not valid \(assignmentId\)/,
    },
    {
      case: 'an unknown field',
      input: () => ({ ...evaluation(), grader: 'someone else' }),
      says: /^The request is not valid/,
    },
    {
      case: 'a candidate not in My candidates',
      input: () => evaluation({ portfolioId: 'someone-else' }),
      says: "That candidate's portfolio is not in My candidates any more, or its copy is damaged: import their bundle again.",
    },
  ])('refuses $case with one sentence and writes nothing', async ({ input, says }) => {
    const message = await refusedWithNothingWritten(setup.mentor, 'review-evaluation-set', input());
    if (typeof says === 'string') expect(message).toBe(says);
    else expect(message).toMatch(says);
  });

  it('is refused for a user who is not a reviewer', async () => {
    const identityPath = join(setup.mentor.dataDir, 'identity.json');
    const identity = JSON.parse(await readFile(identityPath, 'utf8')) as { roles: string[] };
    await writeFile(identityPath, JSON.stringify({ ...identity, roles: ['candidate'] }));
    expect(
      await refusedWithNothingWritten(setup.mentor, 'review-evaluation-set', evaluation()),
    ).toBe(
      'Only a mentor or an instructor writes reviews: choose that role on the Profile page first.',
    );
    const view = await setup.mentor.call('review-layer-get', { portfolioId: setup.portfolioId });
    expect(view.reviewer).toBeNull();
  });
});

describe('comment threads', () => {
  const onReflection = () => ({
    portfolioId: setup.portfolioId,
    target: { kind: 'reflection' as const, id: setup.candidate.reflection.id },
    anchor: { quote: PASSAGE, prefix: 'budget to ', suffix: '. The board' },
    body: 'Who approved the plan?',
  });

  it('anchor a comment to a passage, take more comments, and resolve and reopen', async () => {
    const { mentor, portfolioId } = setup;
    const thread = await mentor.call('review-thread-create', onReflection());
    expect(thread.comments).toEqual([
      expect.objectContaining({ authorName: 'Sam Rivera', authorRole: 'mentor' }),
    ]);
    const added = await mentor.call('review-comment-add', {
      portfolioId,
      threadId: thread.id,
      body: 'And when?',
    });
    expect(added.comments.map((c) => c.body)).toEqual(['Who approved the plan?', 'And when?']);
    const resolved = await mentor.call('review-thread-resolve', {
      portfolioId,
      threadId: thread.id,
      resolved: true,
    });
    expect(resolved.resolvedAt).toBe('2026-09-01T09:00:00.000Z');
    const reopened = await mentor.call('review-thread-resolve', {
      portfolioId,
      threadId: thread.id,
      resolved: false,
    });
    expect(reopened.resolvedAt).toBeNull();
    expect((await setup.layerOnDisk()).threads).toEqual([reopened]);
  });

  it.each([
    {
      case: 'a passage that is not in the reflection',
      input: () => ({ ...onReflection(), anchor: { quote: 'five-year', prefix: '', suffix: '' } }),
      says: 'That passage is not in the reflection as the candidate last sent it: select it again.',
    },
    {
      case: 'a comment of spaces only',
      input: () => ({ ...onReflection(), body: '   ' }),
      says: 'Write a comment first.',
    },
    {
      case: 'an artifact that is not in the copy',
      input: () => ({
        ...onReflection(),
        target: { kind: 'artifact', id: 'no-such-artifact' },
        anchor: null,
      }),
      says: "That artifact is not in the candidate's latest bundle any more: reload the page and try again.",
    },
  ])('refuse $case with one sentence and write nothing', async ({ input, says }) => {
    expect(await refusedWithNothingWritten(setup.mentor, 'review-thread-create', input())).toBe(
      says,
    );
  });

  it('refuse a comment in a thread that does not exist', async () => {
    const message = await refusedWithNothingWritten(setup.mentor, 'review-comment-add', {
      portfolioId: setup.portfolioId,
      threadId: 'gone',
      body: 'Hello',
    });
    expect(message).toBe('That comment thread no longer exists: reload the page and try again.');
  });

  it("show the candidate's replies to this reviewer only", () => {
    const reply = (id: string, reviewerId: string) => ({
      id,
      reviewerId,
      threadId: 't-1',
      authorName: 'Jordan Lee',
      body: 'The board did.',
      createdAt: '2026-09-03T09:00:00.000Z',
    });
    const data = {
      portfolio: { reviewReplies: [reply('r-1', 'reviewer-sam'), reply('r-2', 'other')] },
    } as unknown as BundleData;
    expect(repliesTo(data, 'reviewer-sam').map((r) => r.id)).toEqual(['r-1']);
    expect(repliesTo({ portfolio: {} } as unknown as BundleData, 'reviewer-sam')).toEqual([]);
    const damaged = { portfolio: { reviewReplies: [{ id: '../x' }] } } as unknown as BundleData;
    expect(repliesTo(damaged, 'reviewer-sam')).toEqual([]);
  });
});

describe('attendance', () => {
  it('is confirmed and withdrawn per session, one record each', async () => {
    const { mentor, portfolioId, candidate } = setup;
    const input = { portfolioId, sessionId: candidate.sessionId, confirmed: true };
    const confirmed = await mentor.call('review-attendance-set', input);
    const withdrawn = await mentor.call('review-attendance-set', { ...input, confirmed: false });
    expect(withdrawn).toMatchObject({ id: confirmed.id, confirmed: false, revision: 2 });
    expect((await setup.layerOnDisk()).attendance).toEqual([withdrawn]);
    expect(
      await refusedWithNothingWritten(mentor, 'review-attendance-set', {
        ...input,
        sessionId: 'no-such-session',
      }),
    ).toBe(
      "That session is not in the candidate's latest bundle any more: reload the page and try again.",
    );
  });
});

describe('a data folder open to read only', () => {
  it('shows the layer and refuses every change', async () => {
    const { mentor, portfolioId } = setup;
    await mentor.call('review-evaluation-set', evaluation());
    await mentor.core.close();
    const readOnly = await openCore({
      dataDir: mentor.dataDir,
      host: 'browser',
      appVersion: '0.0.0-test',
      readOnly: true,
    });
    try {
      const before = await snapshotFolder(mentor.dataDir);
      const view = await readOnly.handlers['review-layer-get']({ portfolioId });
      expect(view.layer.evaluations).toHaveLength(1);
      await expect(
        readOnly.handlers['review-report-create']({ portfolioId, month: '2026-09' }),
      ).rejects.toMatchObject({ code: 'read-only' });
      expect(await snapshotFolder(mentor.dataDir)).toEqual(before);
    } finally {
      await readOnly.close();
    }
  });
});
