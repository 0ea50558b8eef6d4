import { REFLECTION_STATUSES, type ReflectionSummary } from '@shared/domain/reflection';
import { ALL, matchesSessionFilter } from '../../forms/session-filter';
import { isOneOf, isSessionFilter } from '../../forms/search-params';

export { ALL, NO_SESSION } from '../../forms/session-filter';
export const REFLECTION_SORTS = ['updated', 'created', 'session', 'status', 'title'] as const;
export type ReflectionSort = (typeof REFLECTION_SORTS)[number];

export interface ReflectionFilters {
  /** ALL, NO_SESSION, or a session number as text. */
  session: string;
  /** ALL or a competency id. */
  competency: string;
  status: ReflectionSummary['status'] | typeof ALL;
  sort: ReflectionSort;
}

export const NO_REFLECTION_FILTERS: ReflectionFilters = {
  session: ALL,
  competency: ALL,
  status: ALL,
  sort: 'updated',
};

export function matchesReflectionFilters(
  reflection: ReflectionSummary,
  filters: ReflectionFilters,
): boolean {
  return (
    reflection.deletedAt === null &&
    matchesSessionFilter(reflection.session, filters.session) &&
    (filters.competency === ALL || reflection.competencyIds.includes(filters.competency)) &&
    (filters.status === ALL || reflection.status === filters.status)
  );
}

/**
 * The filters an address asks for (`?session=3&status=draft`), so Back returns to the same list.
 * The query string is untrusted text: anything unknown means "all" (a competency id is only
 * compared, never shown, so any short text is harmless).
 */
export function reflectionFiltersFromSearch(search: URLSearchParams): ReflectionFilters {
  const session = search.get('session');
  const competency = search.get('competency');
  const status = search.get('status');
  const sort = search.get('sort');
  return {
    session: isSessionFilter(session) ? session : ALL,
    competency: competency && competency.length <= 200 ? competency : ALL,
    status: isOneOf(REFLECTION_STATUSES, status) ? status : ALL,
    sort: isOneOf(REFLECTION_SORTS, sort) ? sort : NO_REFLECTION_FILTERS.sort,
  };
}

/** The query string of `filters`, leaving out every default. */
export function searchOfReflectionFilters(filters: ReflectionFilters): URLSearchParams {
  const search = new URLSearchParams();
  for (const key of ['session', 'competency', 'status', 'sort'] as const) {
    if (filters[key] !== NO_REFLECTION_FILTERS[key]) search.set(key, filters[key]);
  }
  return search;
}

type Compare = (a: ReflectionSummary, b: ReflectionSummary) => number;
const newest: Compare = (a, b) => b.updatedAt.localeCompare(a.updatedAt);
const COMPARES: Record<ReflectionSort, Compare> = {
  updated: newest,
  created: (a, b) => b.createdAt.localeCompare(a.createdAt) || newest(a, b),
  // Unlinked reflections after every session.
  session: (a, b) => (a.session ?? 99) - (b.session ?? 99) || newest(a, b),
  status: (a, b) => Number(a.status === 'final') - Number(b.status === 'final') || newest(a, b),
  title: (a, b) => a.title.localeCompare(b.title) || newest(a, b),
};

/** The live reflections that pass the filters, in the chosen order. */
export function filterAndSortReflections(
  reflections: readonly ReflectionSummary[],
  filters: ReflectionFilters,
): ReflectionSummary[] {
  return reflections
    .filter((r) => matchesReflectionFilters(r, filters))
    .sort(COMPARES[filters.sort]);
}
