import type { Assignment, AssignmentStatus } from '../domain/assignment';
import type { Portfolio } from '../domain/portfolio';
import type { ReceivedReview } from './received-review';
import type { Evaluation, EvaluationResult, RubricScore } from './review-layer';
import type { Reviewer } from './roles';

/** One reviewer's grade of one assignment, with who gave it and when. */
export interface Grade {
  reviewer: Reviewer;
  result: EvaluationResult;
  /** When the reviewer graded it (the evaluation's `updatedAt`). */
  gradedAt: string;
  rubric: readonly RubricScore[];
  comment: string;
}

/**
 * The status the candidate sees for an assignment. A review never changes the candidate's
 * record, so the shown status is computed: the newest grade wins when it is newer than the
 * candidate's last change of the assignment; otherwise the candidate's own status stands (they
 * reworked it after the grade, so the grade is about an earlier version).
 */
export interface EffectiveStatus {
  status: AssignmentStatus;
  /** The grade that decided the status, or null when the candidate's own status shows. */
  decidedBy: Grade | null;
  /** Every reviewer's grade of this assignment, newest first (a mentor's and an instructor's). */
  grades: Grade[];
}

/** Milliseconds of an ISO date-time: strings of different precision do not compare as text. */
const timeOf = (isoDateTime: string) => Date.parse(isoDateTime);

/** Newest first; equal times in a fixed order (instructor before mentor, then by reviewer id). */
function newestFirst(a: Grade, b: Grade): number {
  const byTime = timeOf(b.gradedAt) - timeOf(a.gradedAt);
  if (byTime !== 0) return byTime;
  if (a.reviewer.role !== b.reviewer.role) return a.reviewer.role === 'instructor' ? -1 : 1;
  return a.reviewer.reviewerId < b.reviewer.reviewerId ? -1 : 1;
}

function gradeOf(reviewer: Reviewer, evaluation: Evaluation): Grade {
  return {
    reviewer,
    result: evaluation.result,
    gradedAt: evaluation.updatedAt,
    rubric: evaluation.rubric,
    comment: evaluation.comment,
  };
}

/** Every live grade of every received review, by assignment id, newest first. */
export function gradesByAssignment(reviews: readonly ReceivedReview[]): Map<string, Grade[]> {
  const byAssignment = new Map<string, Grade[]>();
  for (const review of reviews) {
    for (const evaluation of review.layer.evaluations) {
      if (evaluation.deletedAt !== null) continue;
      const grades = byAssignment.get(evaluation.assignmentId) ?? [];
      grades.push(gradeOf(review.reviewer, evaluation));
      byAssignment.set(evaluation.assignmentId, grades);
    }
  }
  for (const grades of byAssignment.values()) grades.sort(newestFirst);
  return byAssignment;
}

/** The status shown for `assignment`, given its grades (any order). */
export function effectiveStatus(
  assignment: Pick<Assignment, 'status' | 'updatedAt'>,
  grades: readonly Grade[],
): EffectiveStatus {
  const sorted = [...grades].sort(newestFirst);
  const newest = sorted[0];
  const gradeIsNewer =
    newest !== undefined && timeOf(newest.gradedAt) > timeOf(assignment.updatedAt);
  return gradeIsNewer
    ? { status: newest.result, decidedBy: newest, grades: sorted }
    : { status: assignment.status, decidedBy: null, grades: sorted };
}

/**
 * The portfolio as its pages count it (dashboard progress, the assignments list): each
 * assignment with its effective status. The stored records stay as the candidate left them.
 */
export function withEffectiveStatuses(
  portfolio: Portfolio,
  reviews: readonly ReceivedReview[],
): Portfolio {
  if (reviews.length === 0) return portfolio;
  const grades = gradesByAssignment(reviews);
  return {
    ...portfolio,
    assignments: portfolio.assignments.map((assignment) => {
      const { status } = effectiveStatus(assignment, grades.get(assignment.id) ?? []);
      return status === assignment.status ? assignment : { ...assignment, status };
    }),
  };
}
