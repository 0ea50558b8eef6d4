import {
  ASSIGNMENT_KIND_LABELS,
  ASSIGNMENT_KINDS,
  ASSIGNMENT_STATUS_LABELS,
  ASSIGNMENT_STATUSES,
  type Assignment,
} from '@shared/domain/assignment';
import type { IsoDate } from '@shared/domain/dates';
import type { Session } from '@shared/domain/session';
import type { ReactNode } from 'react';
import { FilterBar } from '../../components/FilterBar';
import { chipCounts, FilterChips } from '../../components/FilterChips';
import { FilterSelect } from '../../components/FilterSelect';
import { labelledOptions } from '../../forms/options';
import { strings } from '../../strings';
import { assignmentStrings } from './strings';
import { ALL, matchesFilters, URGENCY_FILTERS, type AssignmentFilters } from './assignment-filters';

export interface AssignmentFilterBarProps {
  filters: AssignmentFilters;
  sessions: readonly Session[];
  /** Every assignment, for the counts on the status chips. */
  assignments: readonly Assignment[];
  today: IsoDate;
  summary: ReactNode;
  onChange: (filters: AssignmentFilters) => void;
}

const STATUS_CHOICES: { value: AssignmentFilters['status']; label: string }[] = [
  { value: ALL, label: assignmentStrings.allChip },
  ...labelledOptions(URGENCY_FILTERS, strings.urgency),
  ...labelledOptions(ASSIGNMENT_STATUSES, ASSIGNMENT_STATUS_LABELS),
];

/** Session and kind as selects, the status (or due date) as chips with counts; each applies at once. */
export function AssignmentFilterBar({
  filters,
  sessions,
  assignments,
  today,
  summary,
  onChange,
}: AssignmentFilterBarProps) {
  const text = assignmentStrings;
  const statusChips = chipCounts(STATUS_CHOICES, assignments, (assignment, status) =>
    matchesFilters(assignment, { ...filters, status }, today),
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
            label={text.filterKind}
            allLabel={text.allKinds}
            value={filters.kind}
            options={labelledOptions(ASSIGNMENT_KINDS, ASSIGNMENT_KIND_LABELS)}
            onChange={set('kind')}
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
