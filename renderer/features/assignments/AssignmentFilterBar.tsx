import {
  ASSIGNMENT_KIND_LABELS,
  ASSIGNMENT_KINDS,
  ASSIGNMENT_STATUS_LABELS,
  ASSIGNMENT_STATUSES,
} from '@shared/domain/assignment';
import type { Session } from '@shared/domain/session';
import { FilterBar } from '../../components/FilterBar';
import { FilterSelect } from '../../components/FilterSelect';
import { labelledOptions } from '../../forms/options';
import { strings } from '../../strings';
import { assignmentStrings } from './strings';
import { URGENCY_FILTERS, type AssignmentFilters } from './assignment-filters';

export interface AssignmentFilterBarProps {
  filters: AssignmentFilters;
  sessions: readonly Session[];
  onChange: (filters: AssignmentFilters) => void;
}

/** Session, kind and status (or due date) filters; each change applies at once. */
export function AssignmentFilterBar({ filters, sessions, onChange }: AssignmentFilterBarProps) {
  const text = assignmentStrings;
  return (
    <FilterBar label={text.filters} filters={filters} sessions={sessions} onChange={onChange}>
      {(set) => (
        <>
          <FilterSelect
            label={text.filterKind}
            allLabel={text.allKinds}
            value={filters.kind}
            options={labelledOptions(ASSIGNMENT_KINDS, ASSIGNMENT_KIND_LABELS)}
            onChange={set('kind')}
          />
          <FilterSelect
            label={text.filterStatus}
            allLabel={text.allStatuses}
            value={filters.status}
            options={[
              ...labelledOptions(ASSIGNMENT_STATUSES, ASSIGNMENT_STATUS_LABELS),
              ...labelledOptions(URGENCY_FILTERS, strings.urgency),
            ]}
            onChange={set('status')}
          />
        </>
      )}
    </FilterBar>
  );
}
