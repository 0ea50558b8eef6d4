import { Link, useNavigate, useParams } from 'react-router';
import { isLive } from '@shared/domain/record';
import { useScopedPaths } from '../review-scope/use-scoped-paths';
import { Page } from '../../components/Page';
import { liveSessions } from '../../data/live-records';
import { useUpdateAssignment } from '../../data/mutations';
import { useLoadedPortfolio } from '../../data/use-loaded-portfolio';
import { assignmentStrings } from './strings';
import { AssignmentForm } from './AssignmentForm';
import { AssignmentReviewSlot } from '../review-scope/ReviewSlots';
import { assignmentFormValuesOf, validateAssignmentEdit } from './assignment-form';
import { useReadOnly } from '../../data/use-app-info';

export function AssignmentEditPage() {
  const paths = useScopedPaths();
  const { assignmentId } = useParams();
  const portfolio = useLoadedPortfolio();
  const updateAssignment = useUpdateAssignment();
  const navigate = useNavigate();
  const assignment = portfolio.assignments.find((a) => a.id === assignmentId && isLive(a));
  const text = assignmentStrings;
  const readOnly = useReadOnly();
  if (!assignment) {
    return (
      <Page title={text.editTitle}>
        <p role="alert">{text.notFound}</p>
        <Link to={paths.assignments}>{text.back}</Link>
      </Page>
    );
  }
  return (
    <Page
      title={readOnly ? assignment.title : text.editTitle}
      heading={readOnly ? assignment.title : `${text.editTitle}: ${assignment.title}`}
      actions={
        readOnly ? (
          <Link to={paths.assignments} className="button button-quiet">
            {text.back}
          </Link>
        ) : undefined
      }
    >
      <AssignmentForm
        key={assignment.id}
        initialValues={assignmentFormValuesOf(assignment)}
        sessions={liveSessions(portfolio)}
        validate={(values) => validateAssignmentEdit(assignment, values)}
        pending={updateAssignment.isPending}
        error={updateAssignment.error}
        onSubmit={(input) =>
          updateAssignment.mutate(input, { onSuccess: () => void navigate(paths.assignments) })
        }
      />
      <AssignmentReviewSlot assignment={assignment} />
    </Page>
  );
}
