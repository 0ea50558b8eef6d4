import { useMemo } from 'react';
import type { Assignment } from '@shared/domain/assignment';
import { effectiveStatus, gradesByAssignment } from '@shared/review/effective-status';
import { reviewerLine } from '@shared/review/review-labels';
import { useReceivedReviews } from '../../data/use-received-reviews';
import { dayOf } from './received-date';
import { receivedStrings as text } from './strings';

/** "Graded by Dr. Alex Chen, Mentor, Tue, Nov 10, 2026" when a reviewer's grade sets the status; else null. */
export function useGradedBy(assignment: Assignment): string | null {
  const { reviews } = useReceivedReviews();
  const grades = useMemo(() => gradesByAssignment(reviews), [reviews]);
  const { decidedBy } = effectiveStatus(assignment, grades.get(assignment.id) ?? []);
  if (decidedBy === null) return null;
  return text.gradedBy(reviewerLine(decidedBy.reviewer), dayOf(decidedBy.gradedAt));
}
