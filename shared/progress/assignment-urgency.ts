import { isOpenStatus, type Assignment } from '../domain/assignment';
import { daysBetween, type IsoDate } from '../domain/dates';

export const DUE_SOON_DAYS = 7;

export type Urgency = 'overdue' | 'due-soon' | 'later' | 'none';

/**
 * Overdue: still owed and the due date has passed. Due soon: still owed and due within seven
 * days (today included). Submitted or graded work is never urgent.
 */
export function urgencyOf(assignment: Pick<Assignment, 'due' | 'status'>, today: IsoDate): Urgency {
  if (assignment.due === null || !isOpenStatus(assignment.status)) return 'none';
  const days = daysBetween(today, assignment.due);
  if (days < 0) return 'overdue';
  if (days <= DUE_SOON_DAYS) return 'due-soon';
  return 'later';
}
