import { Link, useNavigate, useParams } from 'react-router';
import { isLive } from '@shared/domain/record';
import { paths } from '../../app/paths';
import { Page } from '../../components/Page';
import { liveSessions } from '../../data/live-records';
import { useUpdateAssignment } from '../../data/mutations';
import { useLoadedPortfolio } from '../../data/use-loaded-portfolio';
import { assignmentStrings } from './strings';
import { AssignmentForm } from './AssignmentForm';
import { AssignmentReviewSlot } from '../review-scope/ReviewSlots';
import { assignmentFormValuesOf, validateAssignmentEdit } from './assignment-form';

export function AssignmentEditPage() {
  const { assignmentId } = useParams();
  const portfolio = useLoadedPortfolio();
  const updateAssignment = useUpdateAssignment();
  const navigate = useNavigate();
  const assignment = portfolio.assignments.find((a) => a.id === assignmentId && isLive(a));
  const text = assignmentStrings;
  if (!assignment) {
    return (
      <Page title={text.editTitle}>
        <p role="alert">{text.notFound}</p>
        <Link to={paths.assignments}>{text.back}</Link>
      </Page>
    );
  }
  return (
    <Page title={text.editTitle} heading={`${text.editTitle}: ${assignment.title}`}>
      <AssignmentReviewSlot assignment={assignment} />
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
    </Page>
  );
}
