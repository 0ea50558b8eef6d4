import type { Assignment } from '@shared/domain/assignment';
import { daysBetween, type IsoDate } from '@shared/domain/dates';
import { urgencyOf } from '@shared/progress/assignment-urgency';
import { dayOffsetWords } from '@shared/time/relative-due';
import { strings } from '../strings';

export interface UrgencyBadgeProps {
  assignment: Pick<Assignment, 'due' | 'status'>;
  today: IsoDate;
}

/**
 * "Overdue", or when it is due soon, how soon ("Due today", "Due in 3 days"), in words with
 * colour as a second cue; nothing otherwise.
 */
export function UrgencyBadge({ assignment, today }: UrgencyBadgeProps) {
  const urgency = urgencyOf(assignment, today);
  if (assignment.due === null || (urgency !== 'overdue' && urgency !== 'due-soon')) return null;
  const label =
    urgency === 'overdue'
      ? strings.urgency.overdue
      : strings.dueIn(dayOffsetWords(daysBetween(today, assignment.due)));
  return <span className={`badge badge-${urgency}`}>{label}</span>;
}
