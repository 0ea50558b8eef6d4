import {
  ASSIGNMENT_KIND_LABELS,
  ASSIGNMENT_STATUS_LABELS,
  NEXT_STATUSES,
  type Assignment,
  type AssignmentStatus,
} from '@shared/domain/assignment';
import type { IsoDate } from '@shared/domain/dates';
import { urgencyOf } from '@shared/progress/assignment-urgency';
import { useScopedPaths } from '../review-scope/use-scoped-paths';
import { DueWhen } from '../../components/DueWhen';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ListRow, RowCell } from '../../components/ListRow';
import { RowActionButton } from '../../components/RowActionButton';
import { editDeleteMenu } from '../../components/edit-delete-menu';
import { StatusPill, type PillTone } from '../../components/StatusPill';
import { useReadOnly } from '../../data/use-app-info';
import { useUpdateAssignment } from '../../data/mutations';
import { assignmentStrings } from './strings';
import { ChangeBadge } from '../candidate-view/change-marks';
import { useGradedBy } from '../received-reviews/use-graded-by';

/** Kind, due, status, grade and the menu, after the title. */
export const ASSIGNMENT_COLUMNS =
  'fit-content(11rem) fit-content(15rem) auto fit-content(6rem) auto';

const TONES: Record<AssignmentStatus, PillTone> = {
  'not-started': 'neutral',
  'in-progress': 'neutral',
  submitted: 'waiting',
  returned: 'waiting',
  passed: 'done',
  'needs-revision': 'attention',
};

export interface AssignmentRowProps {
  assignment: Assignment;
  today: IsoDate;
  deleting: boolean;
  onDelete: (assignment: Assignment) => void;
}

/**
 * One assignment as one line: title (opens it), kind, when due, status, grade; the next status
 * step on hover or focus, and every action in the row menu.
 */
export function AssignmentRow({ assignment, today, deleting, onDelete }: AssignmentRowProps) {
  const paths = useScopedPaths();
  const readOnly = useReadOnly();
  const updateAssignment = useUpdateAssignment();
  const gradedBy = useGradedBy(assignment);
  const text = assignmentStrings;
  const busy = updateAssignment.isPending || deleting;
  const nextSteps = NEXT_STATUSES[assignment.status];
  const moveTo = (status: AssignmentStatus) =>
    updateAssignment.mutate({ id: assignment.id, status });
  const first = nextSteps[0];

  const menu = editDeleteMenu({
    editTo: paths.assignment(assignment.id),
    deleting: busy,
    onDelete: () => onDelete(assignment),
    between: nextSteps.map((next) => ({
      label: text.markAs(ASSIGNMENT_STATUS_LABELS[next]),
      disabled: busy,
      onSelect: () => moveTo(next),
    })),
  });

  return (
    <ListRow
      name={assignment.title}
      to={paths.assignment(assignment.id)}
      marks={<ChangeBadge kind="assignments" id={assignment.id} />}
      className={`urgency-${urgencyOf(assignment, today)}`}
      quick={
        readOnly || first === undefined ? null : (
          <RowActionButton
            action={text.markAs(ASSIGNMENT_STATUS_LABELS[first])}
            shown={text.quickStep(ASSIGNMENT_STATUS_LABELS[first])}
            row={assignment.title}
            disabled={busy}
            variant="button-quiet"
            onClick={() => moveTo(first)}
          />
        )
      }
      menu={readOnly ? undefined : menu}
      note={updateAssignment.error ? <ErrorAlert error={updateAssignment.error} /> : null}
    >
      <RowCell muted>{ASSIGNMENT_KIND_LABELS[assignment.kind]}</RowCell>
      <RowCell>
        <DueWhen assignment={assignment} today={today} />
      </RowCell>
      <RowCell>
        <StatusPill
          label={ASSIGNMENT_STATUS_LABELS[assignment.status]}
          tone={TONES[assignment.status]}
          detail={gradedBy}
        />
      </RowCell>
      <RowCell>
        {assignment.grade ? (
          <>
            <span className="visually-hidden">{text.gradeLabel} </span>
            {assignment.grade}
          </>
        ) : null}
      </RowCell>
    </ListRow>
  );
}
