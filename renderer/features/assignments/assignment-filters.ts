import type { Assignment, AssignmentKind, AssignmentStatus } from '@shared/domain/assignment';

export const ALL = 'all';
/** Session filter: all, assignments without a session, or one session number as text. */
export const NO_SESSION = 'none';

export interface AssignmentFilters {
  session: string;
  kind: AssignmentKind | typeof ALL;
  status: AssignmentStatus | typeof ALL;
}

export const NO_FILTERS: AssignmentFilters = { session: ALL, kind: ALL, status: ALL };

export function matchesFilters(assignment: Assignment, filters: AssignmentFilters): boolean {
  const sessionMatches =
    filters.session === ALL ||
    (filters.session === NO_SESSION
      ? assignment.session === null
      : assignment.session === Number(filters.session));
  return (
    sessionMatches &&
    (filters.kind === ALL || assignment.kind === filters.kind) &&
    (filters.status === ALL || assignment.status === filters.status)
  );
}
