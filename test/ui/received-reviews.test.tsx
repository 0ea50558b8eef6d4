import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ReviewImportSummary } from '@shared/review/review-import-summary';
import { describe, expect, it } from 'vitest';
import { evaluation, finalReport, INSTRUCTOR, MENTOR, thread } from '../support/review-builders';
import { createAssignment } from './support/arrange';
import { corePerTest } from './support/core-per-test';
import { renderApp } from './support/render-app';
import { reviewFileFor } from './support/review-files';

// The candidate's computer, past the welcome.
const core = corePerTest();

const FILE_INPUT = 'Portfolio bundle or review file (.ctoportfolio, .ctoreview)';
/** Grades made after the candidate's last change: they decide the status shown. */
const later = (minutes = 1) => new Date(Date.now() + minutes * 60_000).toISOString();

const paragraph = (text: string) => ({
  type: 'doc' as const,
  content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] }],
});

/** A candidate with one submitted assignment and one reflection, and a mentor's review of both. */
async function reviewedPortfolio() {
  await core.call('profile-update', { name: 'Jordan Lee' });
  const memo = await createAssignment(core, { title: 'Budget memo', status: 'submitted' });
  const reflection = await core.call('reflection-create', {
    title: 'Budget season',
    content: paragraph('We cut the refresh cycle to five years.'),
  });
  const at = later();
  const file = await reviewFileFor(core, MENTOR, {
    evaluations: [
      evaluation(memo.id, {
        at,
        rubric: [{ criterionId: 'criterion-clarity', level: 3 }],
        comment: 'Clear and costed.',
      }),
    ],
    threads: [
      thread(
        'thread-1',
        { kind: 'reflection', id: reflection.id },
        {
          at,
          body: 'Why five years?',
          anchor: { quote: 'refresh cycle to five years', prefix: 'We cut the ', suffix: '.' },
        },
      ),
    ],
    reports: [finalReport('report-1', '2026-10')],
  });
  return { memo, reflection, file };
}

/** The app on `path` (a page with the Import button), then `file` chosen in its file dialog. */
async function chooseReview(path: string, file: File) {
  const view = renderApp(core.transport, path, undefined, core.bundleFiles);
  await screen.findByRole('heading', { level: 1 });
  await view.user.upload(screen.getByLabelText(FILE_INPUT), file);
  const dialog = await screen.findByRole('dialog', { name: 'Apply this review?' });
  return { ...view, dialog };
}

describe('receiving a review', () => {
  it('says from whom and what is new, applies in one step, and lists the news on the dashboard', async () => {
    const { file } = await reviewedPortfolio();
    const { user, dialog } = await chooseReview('/exports', file);
    expect(within(dialog).getByText('Dr. Alex Chen')).toBeTruthy();
    expect(within(dialog).getByText('Mentor')).toBeTruthy();
    const counts = within(dialog).getByRole('heading', { name: 'What is new' });
    expect(counts.nextElementSibling?.textContent).toMatch(
      /Grades1Comments1Final progress reports1/,
    );
    expect(await core.call('reviews-received', {})).toMatchObject({ reviews: [] });

    await user.click(within(dialog).getByRole('button', { name: 'Apply review' }));
    await screen.findByText(
      'Applied the review from Dr. Alex Chen, Mentor: 1 grade, 1 comment and 1 report.',
    );
    const card = await screen.findByRole('region', { name: 'New from your reviewers' });
    expect(within(card).getByRole('link', { name: 'Budget memo: Passed' })).toBeTruthy();
    expect(within(card).getByRole('link', { name: 'New comment on Budget season' })).toBeTruthy();
    expect(within(card).getByRole('link', { name: 'Progress report, October 2026' })).toBeTruthy();
    // Progress counts the grade; the candidate's record still says submitted.
    const { assignments } = await core.call('portfolio-get', {});
    expect(
      screen
        .getByRole('progressbar', { name: 'Assignments passed' })
        .getAttribute('aria-valuetext'),
    ).toBe(`1 of ${assignments.length}`);
    expect(assignments.find((a) => a.title === 'Budget memo')!.status).toBe('submitted');

    await user.click(
      within(card).getByRole('button', { name: 'Mark as seen: Dr. Alex Chen, Mentor' }),
    );
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'New from your reviewers' })).toBeNull(),
    );
    expect((await core.call('reviews-received', {})).news).toEqual([]);
  });

  it('shows the grade on the assignment with rubric, comment, and who graded', async () => {
    const { memo, file } = await reviewedPortfolio();
    const { user, dialog } = await chooseReview('/exports', file);
    await user.click(within(dialog).getByRole('button', { name: 'Apply review' }));
    await screen.findByRole('heading', { level: 1, name: 'Dashboard' });
    await user.click(screen.getByRole('link', { name: 'Assignments' }));
    const row = await screen.findByRole('listitem', { name: 'Budget memo' });
    expect(within(row).getByText('Passed').textContent).toMatch(
      /^Passed · Graded by Dr\. Alex Chen, Mentor, /,
    );

    await user.click(within(row).getByRole('link', { name: /Budget memo/ }));
    const feedback = await screen.findByRole('region', { name: 'Feedback from your reviewers' });
    expect(within(feedback).getByRole('heading', { name: 'Passed' })).toBeTruthy();
    expect(within(feedback).getByText(/^Graded by Dr\. Alex Chen, Mentor, /)).toBeTruthy();
    expect(
      within(feedback).getByRole('row', { name: /criterion-clarity 3 · Proficient/ }),
    ).toBeTruthy();
    expect(within(feedback).getByText('Clear and costed.')).toBeTruthy();
    expect(memo.status).toBe('submitted');
  });

  it('shows the thread on the reflection with its passage, and keeps the reply in the portfolio', async () => {
    const { reflection, file } = await reviewedPortfolio();
    const { user, dialog } = await chooseReview('/exports', file);
    await user.click(within(dialog).getByRole('button', { name: 'Apply review' }));
    await screen.findByRole('heading', { level: 1, name: 'Dashboard' });
    await user.click(await screen.findByRole('link', { name: 'New comment on Budget season' }));
    const threads = await screen.findByRole('region', { name: 'Comments from your reviewers' });
    expect(within(threads).getByText('refresh cycle to five years')).toBeTruthy();
    expect(within(threads).getByText('Why five years?')).toBeTruthy();

    await user.type(within(threads).getByLabelText('Your reply'), 'The warranty ends then.');
    await user.click(within(threads).getByRole('button', { name: 'Reply' }));
    await within(threads).findByText('The warranty ends then.');
    await waitFor(() =>
      expect(within(threads).getByRole('textbox', { name: 'Your reply' })).toHaveProperty(
        'value',
        '',
      ),
    );
    await within(threads).findByText(
      'Reply saved; it goes to your reviewer with your next bundle.',
    );
    const { reviewReplies } = await core.call('portfolio-get', {});
    expect(reviewReplies).toMatchObject([
      { reviewerId: MENTOR.reviewerId, threadId: 'thread-1', body: 'The warranty ends then.' },
    ]);
    expect(reflection.title).toBe('Budget season');
  });

  it('changes nothing for the same review again, and says so for an older one', async () => {
    const { file } = await reviewedPortfolio();
    const first = await chooseReview('/exports', file);
    await first.user.click(within(first.dialog).getByRole('button', { name: 'Apply review' }));
    await screen.findByRole('heading', { level: 1, name: 'Dashboard' });
    first.unmount();

    const again = await chooseReview('/exports', file);
    expect(within(again.dialog).getByText('You already have this review.')).toBeTruthy();
    expect(within(again.dialog).queryByRole('button', { name: 'Apply review' })).toBeNull();
    await again.user.click(within(again.dialog).getByRole('button', { name: 'Close' }));
    again.unmount();

    const older = await reviewFileFor(core, MENTOR, {}, { exportedAt: '2020-01-01T00:00:00.000Z' });
    const old = await chooseReview('/exports', older);
    expect(
      within(old.dialog).getByText('This review is older than the one you have: nothing changed.'),
    ).toBeTruthy();
  });

  it('refuses a review for another portfolio with one sentence and keeps nothing', async () => {
    await reviewedPortfolio();
    const stranger = await reviewFileFor(core, MENTOR, {}, { portfolioId: 'someone-else' });
    const view = renderApp(core.transport, '/exports', undefined, core.bundleFiles);
    await screen.findByRole('heading', { level: 1 });
    await view.user.upload(screen.getByLabelText(FILE_INPUT), stranger);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/Jordan Lee/);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect((await core.call('reviews-received', {})).reviews).toEqual([]);
  });
});

describe('a review file reaches the app', () => {
  it('by a drop anywhere on the window', async () => {
    const { file } = await reviewedPortfolio();
    renderApp(core.transport, '/', undefined, core.bundleFiles);
    await screen.findByRole('heading', { level: 1, name: 'Dashboard' });
    const event = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(event, 'dataTransfer', { value: { types: ['Files'], files: [file] } });
    fireEvent(screen.getByRole('main'), event);
    const dialog = await screen.findByRole('dialog', { name: 'Apply this review?' });
    expect(within(dialog).getByText('Dr. Alex Chen')).toBeTruthy();
  });

  it('opened by the system with the app (double-click): the summary the main process checked', async () => {
    const { file } = await reviewedPortfolio();
    let opened: ((summary: ReviewImportSummary) => void) | null = null;
    const bundleFiles = {
      ...core.bundleFiles,
      onReviewOpened: (listener: (summary: ReviewImportSummary) => void) => {
        opened = listener;
        return () => (opened = null);
      },
    };
    const { user } = renderApp(core.transport, '/', undefined, bundleFiles);
    await screen.findByRole('heading', { level: 1, name: 'Dashboard' });
    const summary = await core.bundleFiles.inspectReview(file, {
      signal: new AbortController().signal,
      onProgress: () => undefined,
    });
    act(() => opened!(summary));
    const dialog = await screen.findByRole('dialog', { name: 'Apply this review?' });
    await user.click(within(dialog).getByRole('button', { name: 'Apply review' }));
    await screen.findByRole('region', { name: 'New from your reviewers' });
    expect((await core.call('reviews-received', {})).reviews).toHaveLength(1);
  });
});

describe('what reviewers wrote is shown as text', () => {
  it('never as markup, on the reflection and the assignment', async () => {
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const memo = await createAssignment(core, { title: 'Budget memo', status: 'submitted' });
    const reflection = await core.call('reflection-create', { title: 'Budget season' });
    const at = later();
    const file = await reviewFileFor(
      core,
      { ...MENTOR, name: hostile },
      {
        evaluations: [evaluation(memo.id, { at, comment: hostile })],
        threads: [
          thread('thread-1', { kind: 'reflection', id: reflection.id }, { at, body: hostile }),
        ],
      },
    );
    const summary = await core.bundleFiles.inspectReview(file, {
      signal: new AbortController().signal,
      onProgress: () => undefined,
    });
    await core.call('review-import-apply', { inspectionId: summary.inspectionId });
    for (const path of [`/assignments/${memo.id}`, `/reflections/${reflection.id}`]) {
      const view = renderApp(core.transport, path);
      const region = await screen.findByRole('region', { name: /from your reviewers/ });
      expect(region.textContent).toContain(hostile);
      expect(region.querySelectorAll('img, script')).toHaveLength(0);
      view.unmount();
    }
  });
});

describe('From my mentor', () => {
  it('lists final reports per reviewer side by side and opens one read-only', async () => {
    await core.call('profile-update', { name: 'Jordan Lee' });
    const mentorFile = await reviewFileFor(core, MENTOR, {
      reports: [
        finalReport('report-oct', '2026-10', {
          ratings: [{ areaId: 'area-leadership', level: 3, note: 'Runs the help desk stand-up.' }],
        }),
      ],
    });
    const instructorFile = await reviewFileFor(core, INSTRUCTOR, {
      reports: [
        finalReport('report-nov', '2026-11', {
          signOff: { name: 'Pat Morales', date: '2026-11-28' },
        }),
      ],
    });
    for (const file of [mentorFile, instructorFile]) {
      const summary = await core.bundleFiles.inspectReview(file, {
        signal: new AbortController().signal,
        onProgress: () => undefined,
      });
      await core.call('review-import-apply', { inspectionId: summary.inspectionId });
    }
    const { user } = renderApp(core.transport, '/');
    await screen.findByRole('heading', { level: 1, name: 'Dashboard' });
    await user.click(screen.getByRole('link', { name: 'From my mentor' }));
    await screen.findByRole('heading', { level: 1, name: 'From my mentor' });
    const mentor = await screen.findByRole('region', { name: 'Dr. Alex Chen, Mentor' });
    const instructor = screen.getByRole('region', {
      name: 'Pat Morales, Instructor / program coordinator',
    });
    expect(
      within(instructor).getByRole('link', { name: 'Progress report, November 2026' }),
    ).toBeTruthy();

    await user.click(within(mentor).getByRole('link', { name: 'Progress report, October 2026' }));
    await screen.findByRole('heading', { level: 1, name: 'Progress report, October 2026' });
    expect(
      screen.getByRole('row', { name: /Leadership 3 · Proficient Runs the help desk stand-up\./ }),
    ).toBeTruthy();
    expect(screen.getByText('Clear budget writing.')).toBeTruthy();
    expect(screen.getByText(/^Signed by Dr\. Alex Chen on /)).toBeTruthy();
    expect(screen.getByText(/^final · SHA-256 [0-9a-f]{64}$/)).toBeTruthy();
    expect(screen.queryByRole('textbox')).toBeNull();
  });
});
