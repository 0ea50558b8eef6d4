import { useId } from 'react';
import {
  ASSIGNMENT_KIND_LABELS,
  ASSIGNMENT_STATUS_LABELS,
  NEXT_STATUSES,
  type Assignment,
} from '@shared/domain/assignment';
import type { IsoDate } from '@shared/domain/dates';
import { sessionLabel } from '@shared/domain/session';
import { urgencyOf } from '@shared/progress/assignment-urgency';
import { useScopedPaths } from '../review-scope/use-scoped-paths';
import { DueDate } from '../../components/DueDate';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RowActionButton } from '../../components/RowActionButton';
import { RowEditLink } from '../../components/RowEditLink';
import { UrgencyBadge } from '../../components/UrgencyBadge';
import { useUpdateAssignment } from '../../data/mutations';
import { strings } from '../../strings';
import { assignmentStrings } from './strings';
import { EditOnly } from '../../components/EditOnly';
import { ChangeBadge } from '../candidate-view/change-marks';
import { GradedByLine } from '../received-reviews/GradedByLine';

export interface AssignmentRowProps {
  assignment: Assignment;
  today: IsoDate;
  deleting: boolean;
  onDelete: (assignment: Assignment) => void;
}

/** One assignment in the list; each control is named with its title ("Delete: Budget memo"). */
export function AssignmentRow({ assignment, today, deleting, onDelete }: AssignmentRowProps) {
  const paths = useScopedPaths();
  const titleId = useId();
  const updateAssignment = useUpdateAssignment();
  const text = assignmentStrings;
  const urgency = urgencyOf(assignment, today);
  const busy = updateAssignment.isPending || deleting;

  return (
    <li className={`card assignment-row urgency-${urgency}`} aria-labelledby={titleId}>
      <div className="assignment-main">
        <h2 id={titleId} className="card-title">
          {assignment.title}
          <ChangeBadge kind="assignments" id={assignment.id} />
        </h2>
        <p className="muted">
          {ASSIGNMENT_KIND_LABELS[assignment.kind]}
          {' · '}
          {assignment.session === null ? text.noSession : sessionLabel(assignment.session)}
        </p>
        <p>
          {text.due}: <DueDate date={assignment.due} /> <UrgencyBadge urgency={urgency} />
        </p>
      </div>
      <div className="assignment-side">
        <p className={`status status-${assignment.status}`}>
          {text.status}: {ASSIGNMENT_STATUS_LABELS[assignment.status]}
          {assignment.grade ? ` · ${text.grade}: ${assignment.grade}` : ''}
          <GradedByLine assignment={assignment} />
        </p>
        <div className="button-row">
          <EditOnly>
            {NEXT_STATUSES[assignment.status].map((next) => (
              <RowActionButton
                key={next}
                action={text.markAs(ASSIGNMENT_STATUS_LABELS[next])}
                row={assignment.title}
                disabled={busy}
                onClick={() => updateAssignment.mutate({ id: assignment.id, status: next })}
              />
            ))}
          </EditOnly>
          <RowEditLink to={paths.assignment(assignment.id)} row={assignment.title} />
          <EditOnly>
            <RowActionButton
              action={strings.delete}
              row={assignment.title}
              disabled={busy}
              variant="button-quiet button-danger"
              onClick={() => onDelete(assignment)}
            />
          </EditOnly>
        </div>
        <ErrorAlert error={updateAssignment.error} />
      </div>
    </li>
  );
}
