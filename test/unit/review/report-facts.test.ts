import { describe, expect, it } from 'vitest';
import type { Assignment } from '@shared/domain/assignment';
import type { LogEntry } from '@shared/domain/log-entry';
import { newRecordMeta, type RecordMeta } from '@shared/domain/record';
import type { Session } from '@shared/domain/session';
import { reportFacts, type ReportFactsSource } from '@shared/review/report-facts';
import { monthLabel, reportDueDate } from '@shared/review/report-month';
import type { Evaluation, WorkStudyEntry } from '@shared/review/review-layer';
import { artifactRecord } from '../../support/record-builders';

const at = (date: string) => new Date(`${date}T10:00:00.000Z`);
const meta = (id: string, date: string): RecordMeta => newRecordMeta(id, at(date));
const deleted = <T extends RecordMeta>(record: T): T => ({
  ...record,
  deletedAt: record.createdAt,
});

function session(id: string, date: string | null, attended: boolean): Session {
  return {
    ...meta(id, '2026-08-01'),
    number: 1,
    title: 'Leadership',
    topics: [],
    date,
    place: '',
    attendance: attended ? 'attended' : 'unrecorded',
    notes: '',
    feedback: { rating: null, comments: '', updatedAt: null },
  };
}

function assignment(id: string, changed: string, status: Assignment['status']): Assignment {
  return {
    ...meta(id, '2026-08-01'),
    updatedAt: at(changed).toISOString(),
    title: id,
    kind: 'session',
    session: 1,
    description: '',
    due: null,
    dueOffsetDays: null,
    status,
    grade: '',
    graderComment: '',
  };
}

const logEntry = (id: string, date: string): LogEntry => ({
  ...meta(id, date),
  date,
  channel: 'meeting',
  summary: 'Met',
  followUps: '',
});

const evaluation = (assignmentId: string, graded: string, result: Evaluation['result']) => ({
  ...meta(`eval-${assignmentId}`, graded),
  assignmentId,
  result,
  rubric: [],
  comment: '',
});

const workStudy = (id: string, date: string, hours: number): WorkStudyEntry => ({
  ...meta(id, date),
  date,
  hours,
  activity: 'Budget review',
  competencyIds: [],
  note: '',
});

/** A candidate with something in October and in November 2026, and some deleted records. */
const source: Omit<ReportFactsSource, 'month' | 'previousMonth'> = {
  portfolio: {
    sessions: [
      session('s-oct', '2026-10-08', true),
      session('s-nov', '2026-11-12', false),
      session('s-nov-2', '2026-11-26', true),
      session('s-undated', null, true),
    ],
    assignments: [
      assignment('a-oct', '2026-10-20', 'submitted'),
      assignment('a-nov', '2026-11-03', 'passed'),
      assignment('a-nov-open', '2026-11-04', 'in-progress'),
      assignment('a-graded', '2026-10-30', 'submitted'),
      deleted(assignment('a-gone', '2026-11-05', 'passed')),
    ],
    logEntries: [logEntry('l-oct', '2026-10-02'), logEntry('l-nov', '2026-11-09')],
    artifacts: [
      artifactRecord('art-nov', at('2026-11-10')),
      deleted(artifactRecord('art-gone', at('2026-11-11'))),
    ],
  },
  reflections: [meta('r-oct', '2026-10-15'), meta('r-nov', '2026-11-01')],
  layer: {
    evaluations: [
      evaluation('a-graded', '2026-11-20', 'needs-revision'),
      evaluation('a-gone', '2026-11-21', 'passed'),
    ],
    attendance: [{ ...meta('c-1', '2026-11-13'), sessionId: 's-nov', confirmed: true }],
    workStudy: [
      workStudy('w-oct', '2026-10-28', 2),
      workStudy('w-nov', '2026-11-14', 1.5),
      workStudy('w-nov-2', '2026-11-30', 0.25),
      deleted(workStudy('w-gone', '2026-11-15', 8)),
    ],
  },
};

describe('the facts of a monthly report', () => {
  it.each([
    {
      case: 'the first report counts everything to the end of its month',
      month: '2026-11',
      previousMonth: null,
      facts: {
        from: null,
        to: '2026-11-30',
        sessionsAttended: 3,
        assignmentsSubmitted: 3,
        assignmentsPassed: 1,
        newReflections: 2,
        newArtifacts: 1,
        contacts: 5,
        workStudyHours: 3.75,
      },
    },
    {
      case: 'a later report counts from the day after the previous report’s month',
      month: '2026-11',
      previousMonth: '2026-10',
      facts: {
        from: '2026-11-01',
        to: '2026-11-30',
        // s-nov is confirmed by the mentor though the candidate did not record it.
        sessionsAttended: 2,
        // a-nov handed in, a-graded graded in November; a-nov-open is still in progress.
        assignmentsSubmitted: 2,
        assignmentsPassed: 1,
        newReflections: 1,
        newArtifacts: 1,
        contacts: 3,
        workStudyHours: 1.75,
      },
    },
    {
      case: 'a month with nothing in it counts nothing',
      month: '2027-01',
      previousMonth: '2026-12',
      facts: {
        from: '2027-01-01',
        to: '2027-01-31',
        sessionsAttended: 0,
        assignmentsSubmitted: 0,
        assignmentsPassed: 0,
        newReflections: 0,
        newArtifacts: 0,
        contacts: 0,
        workStudyHours: 0,
      },
    },
    {
      case: 'a report after a skipped month covers both months',
      month: '2026-12',
      previousMonth: '2026-10',
      facts: expect.objectContaining({ from: '2026-11-01', to: '2026-12-31', contacts: 3 }),
    },
  ])('$case', ({ month, previousMonth, facts }) => {
    expect(reportFacts({ ...source, month, previousMonth })).toEqual(facts);
  });

  it('names the month and its due day for people', () => {
    expect(monthLabel('2026-11')).toBe('November 2026');
    expect(reportDueDate('2026-12', 5)).toBe('2027-01-05');
  });
});
