import type { IsoDate } from '@shared/domain/dates';
import type { Portfolio } from '@shared/domain/portfolio';
import { derivedDueDate } from '@shared/program/new-portfolio';
import { changeRecord } from './records';

/**
 * When a session's date is set or moved, the assignments made from the template for that session
 * follow it; an assignment whose due date was edited by hand (dueOffsetDays null) keeps its date.
 */
export function moveDerivedDueDates(
  portfolio: Portfolio,
  sessionNumber: number,
  sessionDate: IsoDate | null,
  now: Date,
): void {
  for (const assignment of portfolio.assignments) {
    if (
      assignment.deletedAt !== null ||
      assignment.session !== sessionNumber ||
      assignment.dueOffsetDays === null
    )
      continue;
    const due = derivedDueDate(sessionDate, assignment.dueOffsetDays);
    if (due !== assignment.due) changeRecord(portfolio, 'assignments', assignment.id, { due }, now);
  }
}
