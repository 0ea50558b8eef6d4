import { describe, expect, it } from 'vitest';
import type { AssignmentStatus } from '@shared/domain/assignment';
import { newPortfolio } from '@shared/program/new-portfolio';
import { DEFAULT_PROGRAM } from '@shared/program/default-program';
import {
  effectiveStatus,
  gradesByAssignment,
  withEffectiveStatuses,
} from '@shared/review/effective-status';
import type { EvaluationResult } from '@shared/review/review-layer';
import type { ReviewerRole } from '@shared/review/roles';
import {
  evaluation,
  INSTRUCTOR,
  MENTOR,
  receivedReview,
  reviewerOf,
} from '../../support/review-builders';

const T = (minute: number) => `2026-11-10T10:${String(minute).padStart(2, '0')}:00.000Z`;

interface Row {
  case: string;
  own: AssignmentStatus;
  changedAt: string;
  grades: { role: ReviewerRole; result: EvaluationResult; at: string; deleted?: boolean }[];
  shown: AssignmentStatus;
  decidedBy: ReviewerRole | null;
  listed: ReviewerRole[];
}

const TABLE: Row[] = [
  {
    case: 'no grade: the candidate’s own status',
    own: 'submitted',
    changedAt: T(0),
    grades: [],
    shown: 'submitted',
    decidedBy: null,
    listed: [],
  },
  {
    case: 'a grade newer than the last change decides',
    own: 'submitted',
    changedAt: T(0),
    grades: [{ role: 'mentor', result: 'passed', at: T(5) }],
    shown: 'passed',
    decidedBy: 'mentor',
    listed: ['mentor'],
  },
  {
    case: 'a change after the grade: the candidate’s own status, the grade still listed',
    own: 'submitted',
    changedAt: T(9),
    grades: [{ role: 'mentor', result: 'needs-revision', at: T(5) }],
    shown: 'submitted',
    decidedBy: null,
    listed: ['mentor'],
  },
  {
    case: 'a grade at the very moment of the change does not override it',
    own: 'in-progress',
    changedAt: T(5),
    grades: [{ role: 'instructor', result: 'passed', at: T(5) }],
    shown: 'in-progress',
    decidedBy: null,
    listed: ['instructor'],
  },
  {
    case: 'mentor and instructor both graded: the newest wins, both listed newest first',
    own: 'submitted',
    changedAt: T(0),
    grades: [
      { role: 'mentor', result: 'needs-revision', at: T(3) },
      { role: 'instructor', result: 'passed', at: T(7) },
    ],
    shown: 'passed',
    decidedBy: 'instructor',
    listed: ['instructor', 'mentor'],
  },
  {
    case: 'the newest grade is older than the change, an older one too: own status',
    own: 'submitted',
    changedAt: T(8),
    grades: [
      { role: 'mentor', result: 'passed', at: T(3) },
      { role: 'instructor', result: 'needs-revision', at: T(7) },
    ],
    shown: 'submitted',
    decidedBy: null,
    listed: ['instructor', 'mentor'],
  },
  {
    case: 'a withdrawn (deleted) grade counts for nothing',
    own: 'submitted',
    changedAt: T(0),
    grades: [{ role: 'mentor', result: 'passed', at: T(5), deleted: true }],
    shown: 'submitted',
    decidedBy: null,
    listed: [],
  },
];

describe('the status a candidate sees for an assignment', () => {
  it.each(TABLE)('$case', (row) => {
    const reviews = row.grades.map((g) =>
      receivedReview(reviewerOf(g.role), {
        evaluations: [
          evaluation('a1', {
            at: g.at,
            result: g.result,
            deletedAt: g.deleted ? g.at : null,
          }),
        ],
      }),
    );
    const grades = gradesByAssignment(reviews).get('a1') ?? [];
    const shown = effectiveStatus({ status: row.own, updatedAt: row.changedAt }, grades);
    expect(shown.status).toBe(row.shown);
    expect(shown.decidedBy?.reviewer.role ?? null).toBe(row.decidedBy);
    expect(shown.grades.map((g) => g.reviewer.role)).toEqual(row.listed);
  });

  it('compares times, not text: a grade with milliseconds is newer than the whole second', () => {
    const grade = gradesByAssignment([
      receivedReview(MENTOR, {
        evaluations: [evaluation('a1', { at: '2026-11-10T10:00:00.500Z' })],
      }),
    ]).get('a1')!;
    expect(
      effectiveStatus({ status: 'submitted', updatedAt: '2026-11-10T10:00:00Z' }, grade).status,
    ).toBe('passed');
  });

  it('says who graded, in which role and when', () => {
    const grades = gradesByAssignment([
      receivedReview(INSTRUCTOR, {
        evaluations: [evaluation('a1', { at: T(4), comment: 'Well argued.' })],
      }),
    ]).get('a1')!;
    const { decidedBy } = effectiveStatus({ status: 'submitted', updatedAt: T(0) }, grades);
    expect(decidedBy).toMatchObject({
      reviewer: { name: 'Pat Morales', role: 'instructor' },
      gradedAt: T(4),
      comment: 'Well argued.',
    });
  });

  it('counts a portfolio with the effective statuses and leaves the records it was given alone', () => {
    let next = 0;
    const portfolio = newPortfolio({
      template: DEFAULT_PROGRAM,
      now: new Date(T(0)),
      newId: () => `id-${++next}`,
    });
    const [first, second] = portfolio.assignments;
    const before = JSON.stringify(portfolio);
    const shown = withEffectiveStatuses(portfolio, [
      receivedReview(MENTOR, {
        evaluations: [
          evaluation(first!.id, { at: T(5) }),
          evaluation(second!.id, { at: T(6), result: 'needs-revision' }),
        ],
      }),
    ]);
    expect(shown.assignments[0]!.status).toBe('passed');
    expect(shown.assignments[1]!.status).toBe('needs-revision');
    expect(shown.assignments.slice(2)).toEqual(portfolio.assignments.slice(2));
    expect(JSON.stringify(portfolio)).toBe(before);
  });
});
