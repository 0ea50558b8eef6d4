import {
  ASSIGNMENT_KIND_LABELS,
  ASSIGNMENT_KINDS,
  ASSIGNMENT_STATUS_LABELS,
  ASSIGNMENT_STATUSES,
} from '@shared/domain/assignment';
import { sessionLabel, type Session } from '@shared/domain/session';
import { SelectField } from '../../components/SelectField';
import { strings } from '../../strings';
import { ALL, NO_SESSION, type AssignmentFilters } from './assignment-filters';

export interface AssignmentFilterBarProps {
  filters: AssignmentFilters;
  sessions: readonly Session[];
  onChange: (filters: AssignmentFilters) => void;
}

/** Session, kind and status filters; each change applies at once. */
export function AssignmentFilterBar({ filters, sessions, onChange }: AssignmentFilterBarProps) {
  const text = strings.assignments;
  return (
    <div className="filter-bar" role="group" aria-label={text.filters}>
      <SelectField
        className="filter"
        label={text.filterSession}
        value={filters.session}
        options={[
          { value: ALL, label: text.allSessions },
          ...sessions.map((s) => ({ value: String(s.number), label: sessionLabel(s.number) })),
          { value: NO_SESSION, label: text.noSession },
        ]}
        onChange={(session) => onChange({ ...filters, session })}
      />
      <SelectField
        className="filter"
        label={text.filterKind}
        value={filters.kind}
        options={[
          { value: ALL, label: text.allKinds },
          ...ASSIGNMENT_KINDS.map((kind) => ({ value: kind, label: ASSIGNMENT_KIND_LABELS[kind] })),
        ]}
        onChange={(kind) => onChange({ ...filters, kind })}
      />
      <SelectField
        className="filter"
        label={text.filterStatus}
        value={filters.status}
        options={[
          { value: ALL, label: text.allStatuses },
          ...ASSIGNMENT_STATUSES.map((status) => ({
            value: status,
            label: ASSIGNMENT_STATUS_LABELS[status],
          })),
        ]}
        onChange={(status) => onChange({ ...filters, status })}
      />
    </div>
  );
}
