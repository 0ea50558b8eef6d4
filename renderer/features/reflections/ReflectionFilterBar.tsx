import type { Session } from '@shared/domain/session';
import type { Framework } from '@shared/program/template-schema';
import { SelectField } from '../../components/SelectField';
import { SessionFilterField } from '../../components/SessionFilterField';
import { labelledOptions } from '../../forms/options';
import { reflectionStrings } from './strings';
import {
  ALL,
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
    <div className="filter-bar" role="group" aria-label={text.filters}>
      <SessionFilterField
        value={filters.session}
        sessions={sessions}
        onChange={(session) => onChange({ ...filters, session })}
      />
      <SelectField
        className="filter"
        label={text.filterCompetency}
        value={filters.competency}
        options={[
          { value: ALL, label: text.allCompetencies },
          ...frameworks.flatMap((framework) =>
            framework.competencies.map((c) => ({
              value: c.id,
              label: `${c.title} (${framework.title})`,
            })),
          ),
        ]}
        onChange={(competency) => onChange({ ...filters, competency })}
      />
      <SelectField<ReflectionSort>
        className="filter"
        label={text.sortBy}
        value={filters.sort}
        options={labelledOptions(REFLECTION_SORTS, text.sortOptions)}
        onChange={(sort) => onChange({ ...filters, sort })}
      />
    </div>
  );
}
