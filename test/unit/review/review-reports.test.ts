import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { reportHashText } from '@shared/review/report-hash';
import { snapshotFolder } from '../../support/folder-snapshot';
import { refusedWithNothingWritten, reviewSetupPerTest } from './layer-fixture';

const setup = reviewSetupPerTest();

const workStudy = (fields: Record<string, unknown> = {}) => ({
  portfolioId: setup.portfolioId,
  date: '2026-09-15',
  hours: 2.5,
  activity: 'Reviewed the E-rate application',
  competencyIds: ['area-fiscal-management', 'cosn-business-management'],
  note: 'Careful with the deadlines.',
  ...fields,
});

describe('the work-study log', () => {
  it('adds, edits, deletes and restores entries', async () => {
    const { mentor, portfolioId } = setup;
    const entry = await mentor.call('review-workstudy-create', workStudy());
    const edited = await mentor.call('review-workstudy-update', {
      portfolioId,
      id: entry.id,
      hours: 3,
    });
    expect(edited).toMatchObject({ id: entry.id, hours: 3, activity: entry.activity, revision: 2 });
    const deleted = await mentor.call('review-workstudy-delete', { portfolioId, id: entry.id });
    expect(deleted.deletedAt).not.toBeNull();
    const restored = await mentor.call('review-workstudy-restore', { portfolioId, id: entry.id });
    expect(restored.deletedAt).toBeNull();
    expect((await setup.layerOnDisk()).workStudy).toEqual([restored]);
  });

  it.each([
    {
      case: 'hours out of range',
      input: () => workStudy({ hours: 30 }),
      says: 'The request is not valid (hours): Enter from 0.25 to 24 hours.',
    },
    {
      case: 'a competency the program does not have',
      input: () => workStudy({ competencyIds: ['area-juggling'] }),
      says: "Choose competency areas from the program's frameworks, each once.",
    },
    {
      case: 'no activity',
      input: () => workStudy({ activity: '  ' }),
      says: 'The request is not valid (activity): Say what the candidate worked on.',
    },
  ])('refuses $case with one sentence and writes nothing', async ({ input, says }) => {
    expect(await refusedWithNothingWritten(setup.mentor, 'review-workstudy-create', input())).toBe(
      says,
    );
  });
});

describe('a monthly progress report', () => {
  const start = (month = '2026-09') =>
    setup.mentor.call('review-report-create', { portfolioId: setup.portfolioId, month });

  it('starts with the facts of the month and the nine areas to rate', async () => {
    await setup.mentor.call('review-workstudy-create', workStudy());
    const report = await start();
    expect(report).toMatchObject({
      month: '2026-09',
      state: 'draft',
      signOff: null,
      sha256: null,
      facts: {
        from: null,
        to: '2026-09-30',
        sessionsAttended: 1,
        assignmentsSubmitted: 1,
        assignmentsPassed: 0,
        newReflections: 1,
        newArtifacts: 0,
        contacts: 2,
        workStudyHours: 2.5,
      },
    });
    expect(report.ratings).toHaveLength(9);
    expect(report.ratings.every((r) => r.level === null && r.note === '')).toBe(true);
    const next = await start('2026-10');
    expect(next.facts).toMatchObject({ from: '2026-10-01', to: '2026-10-31', contacts: 0 });
    expect(
      await refusedWithNothingWritten(setup.mentor, 'review-report-create', {
        portfolioId: setup.portfolioId,
        month: '2026-09',
      }),
    ).toBe('There is already a report for September 2026: open it from the list instead.');
  });

  it('says what is missing before it can be final', async () => {
    const report = await start();
    const finalize = { portfolioId: setup.portfolioId, id: report.id };
    expect(await refusedWithNothingWritten(setup.mentor, 'review-report-finalize', finalize)).toBe(
      "Before finalising this report, sign it with your name and the date and confirm the candidate's continued K-12 employment.",
    );
    await setup.mentor.call('review-report-update', {
      ...finalize,
      signOff: { name: 'Sam Rivera', date: '2026-10-02' },
    });
    expect(await refusedWithNothingWritten(setup.mentor, 'review-report-finalize', finalize)).toBe(
      "Before finalising this report, confirm the candidate's continued K-12 employment.",
    );
  });

  it('is frozen once final, with the SHA-256 of its content recorded', async () => {
    const { mentor, portfolioId } = setup;
    const report = await start();
    const areaId = report.ratings[0]!.areaId;
    await mentor.call('review-report-update', {
      portfolioId,
      id: report.id,
      ratings: report.ratings.map((r) =>
        r.areaId === areaId ? { ...r, level: 3, note: 'Clear memos.' } : r,
      ),
      strengths: 'Plans ahead.',
      employmentConfirmed: true,
      signOff: { name: 'Sam Rivera', date: '2026-10-02' },
    });
    mentor.clock.set('2026-10-02T15:00:00.000Z');
    const final = await mentor.call('review-report-finalize', { portfolioId, id: report.id });
    expect(final).toMatchObject({ state: 'final', finalizedAt: '2026-10-02T15:00:00.000Z' });
    expect(final.ratings[0]).toEqual({ areaId, level: 3, note: 'Clear memos.' });
    const expected = createHash('sha256').update(reportHashText(final)).digest('hex');
    expect(final.sha256).toBe(expected);
    expect((await setup.layerOnDisk()).reports).toEqual([final]);

    const frozen = "This report is final and cannot be changed; start next month's report instead.";
    expect(
      await refusedWithNothingWritten(mentor, 'review-report-update', {
        portfolioId,
        id: report.id,
        strengths: 'Changed later.',
      }),
    ).toBe(frozen);
    expect(
      await refusedWithNothingWritten(mentor, 'review-report-delete', {
        portfolioId,
        id: report.id,
      }),
    ).toBe('This report is final and cannot be deleted: it stays on record.');
    // Finalising again changes nothing.
    const before = await snapshotFolder(mentor.dataDir);
    expect(await mentor.call('review-report-finalize', { portfolioId, id: report.id })).toEqual(
      final,
    );
    expect(await snapshotFolder(mentor.dataDir)).toEqual(before);
  });

  it('refuses ratings of areas that are not the program’s', async () => {
    const report = await start();
    const message = await refusedWithNothingWritten(setup.mentor, 'review-report-update', {
      portfolioId: setup.portfolioId,
      id: report.id,
      ratings: [{ areaId: 'cosn-data-management', level: 2, note: '' }],
    });
    expect(message).toBe("Rate only the program's candidate areas, each once.");
  });

  it('deletes a draft', async () => {
    const report = await start();
    await setup.mentor.call('review-report-delete', {
      portfolioId: setup.portfolioId,
      id: report.id,
    });
    const view = await setup.mentor.call('review-layer-get', { portfolioId: setup.portfolioId });
    expect(view.layer.reports.filter((r) => r.deletedAt === null)).toEqual([]);
    // Its month can be reported again.
    await start();
  });
});
