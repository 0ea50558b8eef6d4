import type { Assignment } from '@shared/domain/assignment';

/** The reviewer's tools for one assignment of a candidate's copy (filled in by the review-layer work). */
export function ReviewerAssignmentPanel(_props: { portfolioId: string; assignment: Assignment }) {
  return null;
}
