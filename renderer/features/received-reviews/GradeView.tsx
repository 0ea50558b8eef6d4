import { useId } from 'react';
import type { Grade } from '@shared/review/effective-status';
import { EVALUATION_LABELS, ratingText, reviewerLine } from '@shared/review/review-labels';
import { dayOf } from './received-date';
import { receivedStrings as text } from './strings';

export interface GradeViewProps {
  grade: Grade;
  /** Rubric criterion titles of the program, by id. */
  criteria: ReadonlyMap<string, string>;
}

/** One reviewer's grade: the result, who graded and when, rubric scores with labels, comment. */
export function GradeView({ grade, criteria }: GradeViewProps) {
  const headingId = useId();
  return (
    <article className="received-grade" aria-labelledby={headingId}>
      <h3 id={headingId}>{EVALUATION_LABELS[grade.result]}</h3>
      <p className="muted">{text.gradedBy(reviewerLine(grade.reviewer), dayOf(grade.gradedAt))}</p>
      {grade.rubric.length > 0 ? (
        <table className="rubric-table">
          <caption>{text.rubricCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{text.criterion}</th>
              <th scope="col">{text.score}</th>
            </tr>
          </thead>
          <tbody>
            {grade.rubric.map((score) => (
              <tr key={score.criterionId}>
                <th scope="row">{criteria.get(score.criterionId) ?? score.criterionId}</th>
                <td>{ratingText(score.level)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {grade.comment.trim() !== '' ? (
        <>
          <h4>{text.commentHeading}</h4>
          <p className="multiline">{grade.comment}</p>
        </>
      ) : null}
    </article>
  );
}
