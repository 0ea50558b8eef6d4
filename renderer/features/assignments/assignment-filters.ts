import {
  ASSIGNMENT_KINDS,
  ASSIGNMENT_STATUSES,
  type Assignment,
  type AssignmentKind,
  type AssignmentStatus,
} from '@shared/domain/assignment';
import type { IsoDate } from '@shared/domain/dates';
import { urgencyOf } from '@shared/progress/assignment-urgency';
import { paths } from '../../app/paths';
import { ALL, matchesSessionFilter } from '../../forms/session-filter';
import { isOneOf, isSessionFilter } from '../../forms/search-params';

export { ALL, NO_SESSION } from '../../forms/session-filter';

/** Status choices that are about the due date rather than the workflow step. */
export const URGENCY_FILTERS = ['overdue', 'due-soon'] as const;
export type UrgencyFilter = (typeof URGENCY_FILTERS)[number];

export interface AssignmentFilters {
  session: string;
  kind: AssignmentKind | typeof ALL;
  status: AssignmentStatus | UrgencyFilter | typeof ALL;
}

export const NO_FILTERS: AssignmentFilters = { session: ALL, kind: ALL, status: ALL };

const FILTER_KEYS = ['session', 'kind', 'status'] as const;

function matchesStatus(
  assignment: Assignment,
  status: AssignmentFilters['status'],
  today: IsoDate,
) {
  if (status === ALL) return true;
  if (status === 'overdue' || status === 'due-soon') return urgencyOf(assignment, today) === status;
  return assignment.status === status;
}

export function matchesFilters(
  assignment: Assignment,
  filters: AssignmentFilters,
  today: IsoDate,
): boolean {
  return (
    matchesSessionFilter(assignment.session, filters.session) &&
    (filters.kind === ALL || assignment.kind === filters.kind) &&
    matchesStatus(assignment, filters.status, today)
  );
}

/**
 * The filters an address asks for (`?status=overdue`), so a link can open the list filtered.
 * The query string is untrusted text: anything unknown means "all".
 */
export function filtersFromSearch(search: URLSearchParams): AssignmentFilters {
  const session = search.get('session');
  const kind = search.get('kind');
  const status = search.get('status');
  return {
    session: isSessionFilter(session) ? session : ALL,
    kind: isOneOf(ASSIGNMENT_KINDS, kind) ? kind : ALL,
    status: isOneOf(ASSIGNMENT_STATUSES, status) || isOneOf(URGENCY_FILTERS, status) ? status : ALL,
  };
}

/** The query string of `filters`, leaving out every "all". */
export function searchOfFilters(filters: AssignmentFilters): URLSearchParams {
  const search = new URLSearchParams();
  for (const key of FILTER_KEYS) if (filters[key] !== ALL) search.set(key, filters[key]);
  return search;
}

/** The assignments list at `list` (the own one by default, or a candidate's), filtered. */
export function assignmentsPath(
  filters: Partial<AssignmentFilters>,
  list: string = paths.assignments,
): string {
  const search = searchOfFilters({ ...NO_FILTERS, ...filters }).toString();
  return search ? `${list}?${search}` : list;
}
