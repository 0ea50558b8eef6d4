import type { Assignment } from '@shared/domain/assignment';
import { bySessionThenDue } from '@shared/domain/assignment-order';

export interface AssignmentGroup {
  /** The session number (0 kickoff … 9 final), or null for assignments of no session. */
  session: number | null;
  assignments: Assignment[];
}

/**
 * The assignments by session in program order (kickoff, 1-8, final, then those of no session),
 * each group by due date with undated work last: the order the exports and the CLI use, so the
 * list is in program order even before any dates are set.
 */
export function groupBySession(assignments: readonly Assignment[]): AssignmentGroup[] {
  const groups: AssignmentGroup[] = [];
  for (const assignment of [...assignments].sort(bySessionThenDue)) {
    const last = groups.at(-1);
    if (last && last.session === assignment.session) last.assignments.push(assignment);
    else groups.push({ session: assignment.session, assignments: [assignment] });
  }
  return groups;
}
