import { useId, useMemo } from 'react';
import { ASSIGNMENT_STATUS_LABELS, type Assignment } from '@shared/domain/assignment';
import { effectiveStatus, gradesByAssignment } from '@shared/review/effective-status';
import { criterionTitles } from '@shared/review/review-labels';
import { useLoadedPortfolio } from '../../data/use-loaded-portfolio';
import { useReceivedReviews } from '../../data/use-received-reviews';
import { GradeView } from './GradeView';
import { receivedStrings as text } from './strings';
import './received-reviews.css';

/**
 * What reviewers sent about one of the candidate's own assignments: every grade, newest first
 * (a mentor's and an instructor's side by side). Nothing when no reviewer graded it.
 */
export function ReceivedAssignmentFeedback({ assignment }: { assignment: Assignment }) {
  const headingId = useId();
  const { reviews } = useReceivedReviews();
  const { program } = useLoadedPortfolio();
  const criteria = useMemo(() => criterionTitles(program), [program]);
  const grades = useMemo(
    () => gradesByAssignment(reviews).get(assignment.id) ?? [],
    [reviews, assignment.id],
  );
  if (grades.length === 0) return null;
  const shown = effectiveStatus(assignment, grades);
  return (
    <section className="card received-feedback" aria-labelledby={headingId}>
      <h2 id={headingId}>{text.feedbackHeading}</h2>
      <p>
        {text.statusShown}: <strong>{ASSIGNMENT_STATUS_LABELS[shown.status]}</strong>
      </p>
      {shown.decidedBy === null ? <p className="muted">{text.reworkedAfter}</p> : null}
      {shown.grades.map((grade) => (
        <GradeView key={grade.reviewer.reviewerId} grade={grade} criteria={criteria} />
      ))}
    </section>
  );
}
