import type { ReflectionSummary } from '@shared/domain/reflection';
import { ALL, matchesSessionFilter } from '../../forms/session-filter';

export { ALL, NO_SESSION } from '../../forms/session-filter';
export const REFLECTION_SORTS = ['updated', 'created', 'session', 'status', 'title'] as const;
export type ReflectionSort = (typeof REFLECTION_SORTS)[number];

export interface ReflectionFilters {
  /** ALL, NO_SESSION, or a session number as text. */
  session: string;
  /** ALL or a competency id. */
  competency: string;
  sort: ReflectionSort;
}

export const NO_REFLECTION_FILTERS: ReflectionFilters = {
  session: ALL,
  competency: ALL,
  sort: 'updated',
};

function matches(reflection: ReflectionSummary, filters: ReflectionFilters): boolean {
  return (
    matchesSessionFilter(reflection.session, filters.session) &&
    (filters.competency === ALL || reflection.competencyIds.includes(filters.competency))
  );
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
    .filter((r) => r.deletedAt === null && matches(r, filters))
    .sort(COMPARES[filters.sort]);
}
