import {
  ASSIGNMENT_KIND_LABELS,
  ASSIGNMENT_KINDS,
  ASSIGNMENT_STATUS_LABELS,
  ASSIGNMENT_STATUSES,
} from '@shared/domain/assignment';
import type { Session } from '@shared/domain/session';
import { SelectField } from '../../components/SelectField';
import { SessionFilterField } from '../../components/SessionFilterField';
import { labelledOptions } from '../../forms/options';
import { strings } from '../../strings';
import { assignmentStrings } from './strings';
import { ALL, URGENCY_FILTERS, type AssignmentFilters } from './assignment-filters';

export interface AssignmentFilterBarProps {
  filters: AssignmentFilters;
  sessions: readonly Session[];
  onChange: (filters: AssignmentFilters) => void;
}

/** Session, kind and status (or due date) filters; each change applies at once. */
export function AssignmentFilterBar({ filters, sessions, onChange }: AssignmentFilterBarProps) {
  const text = assignmentStrings;
  return (
    <div className="filter-bar" role="group" aria-label={text.filters}>
      <SessionFilterField
        value={filters.session}
        sessions={sessions}
        onChange={(session) => onChange({ ...filters, session })}
      />
      <SelectField
        className="filter"
        label={text.filterKind}
        value={filters.kind}
        options={[
          { value: ALL, label: text.allKinds },
          ...labelledOptions(ASSIGNMENT_KINDS, ASSIGNMENT_KIND_LABELS),
        ]}
        onChange={(kind) => onChange({ ...filters, kind })}
      />
      <SelectField
        className="filter"
        label={text.filterStatus}
        value={filters.status}
        options={[
          { value: ALL, label: text.allStatuses },
          ...labelledOptions(ASSIGNMENT_STATUSES, ASSIGNMENT_STATUS_LABELS),
          ...labelledOptions(URGENCY_FILTERS, strings.urgency),
        ]}
        onChange={(status) => onChange({ ...filters, status })}
      />
    </div>
  );
}
