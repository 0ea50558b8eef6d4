import type { Assignment } from '@shared/domain/assignment';

/** What reviewers sent about one of the candidate's own assignments (filled in by the received-reviews work). */
export function ReceivedAssignmentFeedback(_props: { assignment: Assignment }) {
  return null;
}
