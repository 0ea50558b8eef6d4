import type { Session } from '@shared/domain/session';
import type { Framework } from '@shared/program/template-schema';
import { FilterBar } from '../../components/FilterBar';
import { FilterSelect } from '../../components/FilterSelect';
import { SelectField } from '../../components/SelectField';
import { labelledOptions } from '../../forms/options';
import { reflectionStrings } from './strings';
import {
  REFLECTION_SORTS,
  type ReflectionFilters,
  type ReflectionSort,
} from './reflection-filters';

export interface ReflectionFilterBarProps {
  filters: ReflectionFilters;
  sessions: readonly Session[];
  frameworks: readonly Framework[];
  onChange: (filters: ReflectionFilters) => void;
}

/** Session and competency filters and the sort order; each change applies at once. */
export function ReflectionFilterBar({
  filters,
  sessions,
  frameworks,
  onChange,
}: ReflectionFilterBarProps) {
  const text = reflectionStrings;
  return (
    <FilterBar label={text.filters} filters={filters} sessions={sessions} onChange={onChange}>
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
            label={text.sortBy}
            value={filters.sort}
            options={labelledOptions(REFLECTION_SORTS, text.sortOptions)}
            onChange={set('sort')}
          />
        </>
      )}
    </FilterBar>
  );
}
