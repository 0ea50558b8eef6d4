import type { Assignment } from './assignment';

/** Program order: kickoff to final, assignments without a session last; then by due date, undated last. */
export function bySessionThenDue(
  a: Pick<Assignment, 'session' | 'due'>,
  b: Pick<Assignment, 'session' | 'due'>,
): number {
  const session = (a.session ?? Number.MAX_SAFE_INTEGER) - (b.session ?? Number.MAX_SAFE_INTEGER);
  if (session !== 0) return session;
  if (a.due === b.due) return 0;
  if (a.due === null) return 1;
  if (b.due === null) return -1;
  return a.due.localeCompare(b.due);
}
