import type { Assignment } from '@shared/domain/assignment';
import type { IsoDate } from '@shared/domain/dates';
import { urgencyOf } from '@shared/progress/assignment-urgency';
import { relativeDue } from '@shared/time/relative-due';
import { strings } from '../strings';
import { formatDate } from './format-date';

export interface DueWhenProps {
  assignment: Pick<Assignment, 'due' | 'status'>;
  today: IsoDate;
}

/**
 * When work is due, as people say it ("tomorrow", "3 days ago", then the date), the full date on
 * hover and underneath; owed work past its date says "Overdue" in words, not in colour alone.
 */
export function DueWhen({ assignment, today }: DueWhenProps) {
  if (assignment.due === null) return <span className="muted">{strings.noDate}</span>;
  const urgency = urgencyOf(assignment, today);
  return (
    <span className={`due-${urgency}`}>
      {urgency === 'overdue' ? (
        <>
          <span>{strings.urgency.overdue}</span>
          {' · '}
        </>
      ) : null}
      <time dateTime={assignment.due} title={formatDate(assignment.due)}>
        {relativeDue(assignment.due, today)}
      </time>
    </span>
  );
}
