import { REFLECTION_STATUSES, type ReflectionSummary } from '@shared/domain/reflection';
import type { Session } from '@shared/domain/session';
import type { Framework } from '@shared/program/template-schema';
import type { ReactNode } from 'react';
import { FilterBar } from '../../components/FilterBar';
import { chipCounts, FilterChips } from '../../components/FilterChips';
import { FilterSelect } from '../../components/FilterSelect';
import { SelectField } from '../../components/SelectField';
import { labelledOptions } from '../../forms/options';
import { reflectionStrings } from './strings';
import {
  ALL,
  matchesReflectionFilters,
  REFLECTION_SORTS,
  type ReflectionFilters,
  type ReflectionSort,
} from './reflection-filters';

export interface ReflectionFilterBarProps {
  filters: ReflectionFilters;
  sessions: readonly Session[];
  frameworks: readonly Framework[];
  /** Every reflection, for the counts on the status chips. */
  reflections: readonly ReflectionSummary[];
  summary: ReactNode;
  onChange: (filters: ReflectionFilters) => void;
}

const STATUS_CHOICES: { value: ReflectionFilters['status']; label: string }[] = [
  { value: ALL, label: reflectionStrings.allChip },
  ...labelledOptions(REFLECTION_STATUSES, reflectionStrings.status),
];

/** Session, competency and sort as selects, the status as chips; each change applies at once. */
export function ReflectionFilterBar({
  filters,
  sessions,
  frameworks,
  reflections,
  summary,
  onChange,
}: ReflectionFilterBarProps) {
  const text = reflectionStrings;
  const statusChips = chipCounts(STATUS_CHOICES, reflections, (reflection, status) =>
    matchesReflectionFilters(reflection, { ...filters, status }),
  );
  return (
    <FilterBar
      label={text.filters}
      filters={filters}
      sessions={sessions}
      summary={summary}
      onChange={onChange}
    >
      {(set) => (
        <>
          <FilterSelect
            label={text.filterCompetency}
            allLabel={text.allCompetencies}
            value={filters.competency}
            options={frameworks.flatMap((framework) =>
              framework.competencies.map((c) => ({
                value: c.id,
                label: `${c.title} (${framework.title})`,
              })),
            )}
            onChange={set('competency')}
          />
          <SelectField<ReflectionSort>
            className="filter"
            viewChoice
            label={text.sortBy}
            value={filters.sort}
            options={labelledOptions(REFLECTION_SORTS, text.sortOptions)}
            onChange={set('sort')}
          />
          <FilterChips
            label={text.filterStatus}
            value={filters.status}
            options={statusChips}
            onChange={set('status')}
          />
        </>
      )}
    </FilterBar>
  );
}
