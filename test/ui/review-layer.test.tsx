import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Reflection } from '@shared/domain/reflection';
import {
  PASSAGE,
  REFLECTION_TEXT,
  arrangeCandidate,
  becomeReviewer,
  importForReview,
} from '../support/review-arrange';
import {
  AssignmentReviewSlot,
  ReflectionReviewSlot,
  SessionReviewSlot,
} from '../../renderer/features/review-scope/ReviewSlots';
import { otherComputersPerTest } from './support/bundles';
import { corePerTest } from './support/core-per-test';
import { renderApp } from './support/render-app';
import { renderInCandidateScope } from './support/render-in-scope';

// jsdom has no CSS.escape, which user-event uses to walk a radio group with the arrow keys.
(window as { CSS?: unknown }).CSS ??= {
  escape: (value: string) => value.replace(/[^a-zA-Z0-9_-]/g, (c) => `\\${c}`),
};

const mentor = corePerTest();
const computers = otherComputersPerTest();

/** A candidate's bundle imported for review by the mentor Sam Rivera. */
async function candidateUnderReview() {
  const candidateCore = await computers.open();
  const candidate = await arrangeCandidate(candidateCore);
  await importForReview(candidateCore, mentor);
  await becomeReviewer(mentor.dir);
  return candidate;
}

const layerOf = (portfolioId: string) => mentor.call('review-layer-get', { portfolioId });

describe('grading an assignment', () => {
  it('is done with the keyboard alone: result, rubric scores, comment, save', async () => {
    const { portfolioId, sessionAssignment } = await candidateUnderReview();
    const { user } = renderInCandidateScope(
      mentor.transport,
      portfolioId,
      <AssignmentReviewSlot assignment={sessionAssignment} />,
    );
    await screen.findByText('Not graded yet.');
    await user.tab();
    expect(screen.getByRole('radio', { name: 'Pass' })).toBe(document.activeElement);
    await user.keyboard(' ');
    // Into the first criterion's group ("Not scored" is chosen) and up to 3 · Proficient.
    await user.tab();
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
    const first = screen.getByRole('radiogroup', { name: 'Understanding of the topic' });
    expect(within(first).getByRole('radio', { name: '3 · Proficient' })).toHaveProperty(
      'checked',
      true,
    );
    for (let group = 0; group < 4; group += 1) await user.tab();
    await user.tab();
    expect(document.activeElement).toBe(
      screen.getByRole('textbox', { name: 'Comment to the candidate' }),
    );
    await user.keyboard('Clear and practical.');
    await user.tab();
    await user.keyboard('{Enter}');

    await screen.findByText('Evaluation saved.');
    await screen.findByText(/^Graded by Sam Rivera \(Mentor\), /);
    const { layer } = await layerOf(portfolioId);
    expect(layer.evaluations).toEqual([
      expect.objectContaining({
        assignmentId: sessionAssignment.id,
        result: 'passed',
        rubric: [{ criterionId: 'session-understanding', level: 3 }],
        comment: 'Clear and practical.',
      }),
    ]);
  });

  it("grades on the assignment's page of the candidate's screens, whose own content stays read-only", async () => {
    const { portfolioId, sessionAssignment } = await candidateUnderReview();
    const { user } = renderApp(
      mentor.transport,
      `/candidates/${portfolioId}/assignments/${sessionAssignment.id}`,
      undefined,
      mentor.bundleFiles,
    );
    await screen.findByText('Not graded yet.');
    // The candidate's fields are read-only; the reviewer's own tools on the same page are not.
    expect(screen.queryByRole('button', { name: /^Save$/ })).toBeNull();
    await user.click(screen.getByRole('radio', { name: 'Pass' }));
    await user.type(
      screen.getByRole('textbox', { name: 'Comment to the candidate' }),
      'Well argued.',
    );
    await user.click(screen.getByRole('button', { name: 'Save evaluation' }));
    await screen.findByText('Evaluation saved.');
    expect((await layerOf(portfolioId)).layer.evaluations).toEqual([
      expect.objectContaining({ result: 'passed', comment: 'Well argued.' }),
    ]);
  });

  it('asks for a result before saving', async () => {
    const { portfolioId, sessionAssignment } = await candidateUnderReview();
    const { user } = renderInCandidateScope(
      mentor.transport,
      portfolioId,
      <AssignmentReviewSlot assignment={sessionAssignment} />,
    );
    await user.click(await screen.findByRole('button', { name: 'Save evaluation' }));
    await screen.findByText('Choose pass or needs revision.');
    expect((await layerOf(portfolioId)).layer.evaluations).toEqual([]);
  });
});

describe('commenting on a reflection', () => {
  function renderReflection(portfolioId: string, reflection: Reflection, selected: boolean) {
    return renderInCandidateScope(
      mentor.transport,
      portfolioId,
      <ReflectionReviewSlot
        reflection={reflection}
        selectedPassage={() =>
          selected ? { quote: PASSAGE, prefix: 'budget to ', suffix: '. The board' } : null
        }
      />,
    );
  }

  it('anchors a comment to the selected passage and shows its quote', async () => {
    const { portfolioId, reflection } = await candidateUnderReview();
    const { user } = renderReflection(portfolioId, reflection, true);
    await user.click(await screen.findByRole('button', { name: 'Comment on selected passage' }));
    await user.type(screen.getByRole('textbox', { name: 'New comment' }), 'Who approved it?');
    await user.click(screen.getByRole('button', { name: 'Add comment' }));

    const thread = await screen.findByRole('article', { name: /^Thread 1/ });
    expect(within(thread).getByText(PASSAGE)).toBeTruthy();
    expect(within(thread).getByText('Who approved it?')).toBeTruthy();
    expect(within(thread).queryByText(/earlier version/)).toBeNull();
    await user.click(within(thread).getByRole('button', { name: 'Resolve: Thread 1' }));
    await within(thread).findByText('Resolved');
    const { layer } = await layerOf(portfolioId);
    expect(layer.threads[0]).toMatchObject({
      anchor: { quote: PASSAGE },
      comments: [{ body: 'Who approved it?', authorName: 'Sam Rivera' }],
    });
    expect(layer.threads[0]!.resolvedAt).not.toBeNull();
  });

  it('anchors a comment to a paragraph chosen with the keyboard alone', async () => {
    const second = 'Next year the district adds a second help desk.';
    const candidateCore = await computers.open();
    const { portfolioId } = await arrangeCandidate(candidateCore);
    const twoParagraphs = await candidateCore.call('reflection-create', {
      title: 'Help desk',
      content: {
        type: 'doc',
        content: [REFLECTION_TEXT, second].map((line) => ({
          type: 'paragraph',
          content: [{ type: 'text', text: line }],
        })),
      },
    });
    await importForReview(candidateCore, mentor);
    await becomeReviewer(mentor.dir);
    const { user } = renderReflection(portfolioId, twoParagraphs, false);
    await screen.findByText('No comments yet.');
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Whole reflection' }));
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(screen.getByRole('radio', { name: `Paragraph 2: ${second}` })).toHaveProperty(
      'checked',
      true,
    );
    await user.tab();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'New comment' }));
    await user.keyboard('Which budget pays for it?');
    await user.tab();
    await user.keyboard('{Enter}');

    const thread = await screen.findByRole('article', { name: /^Thread 1/ });
    expect(within(thread).getByText(second)).toBeTruthy();
    expect(within(thread).queryByText(/earlier version/)).toBeNull();
    // The form is back to the whole reflection for the next comment.
    expect(screen.getByRole('radio', { name: 'Whole reflection' })).toHaveProperty('checked', true);
    const { layer } = await layerOf(portfolioId);
    expect(layer.threads[0]).toMatchObject({
      anchor: { quote: second, prefix: REFLECTION_TEXT.slice(-39) + '\n', suffix: '' },
      comments: [{ body: 'Which budget pays for it?' }],
    });
  });

  it('says a comment refers to an earlier version once its passage is gone', async () => {
    const { portfolioId, reflection } = await candidateUnderReview();
    await mentor.call('review-thread-create', {
      portfolioId,
      target: { kind: 'reflection', id: reflection.id },
      anchor: { quote: PASSAGE, prefix: '', suffix: '' },
      body: 'Who approved it?',
    });
    const rewritten: Reflection = {
      ...reflection,
      content: {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'A new plan.' }] }],
      },
    };
    renderReflection(portfolioId, rewritten, false);
    const thread = await screen.findByRole('article', { name: /^Thread 1/ });
    expect(within(thread).getByText(PASSAGE)).toBeTruthy();
    expect(
      within(thread).getByText('This comment refers to an earlier version of the reflection.'),
    ).toBeTruthy();
  });

  it('asks for a selection when nothing is selected', async () => {
    const { portfolioId, reflection } = await candidateUnderReview();
    const { user } = renderReflection(portfolioId, reflection, false);
    await user.click(await screen.findByRole('button', { name: 'Comment on selected passage' }));
    await screen.findByText(/^Select a passage of the reflection first/);
  });
});

describe('attendance', () => {
  it('is confirmed with a checkbox', async () => {
    const { portfolioId, sessionId, session } = await candidateUnderReview();
    const { user } = renderInCandidateScope(
      mentor.transport,
      portfolioId,
      <SessionReviewSlot session={session} />,
    );
    await user.click(await screen.findByRole('checkbox', { name: 'Attendance confirmed' }));
    await waitFor(async () =>
      expect((await layerOf(portfolioId)).layer.attendance).toEqual([
        expect.objectContaining({ sessionId, confirmed: true }),
      ]),
    );
    expect(screen.getByRole('checkbox', { name: 'Attendance confirmed' })).toHaveProperty(
      'checked',
      true,
    );
  });
});
