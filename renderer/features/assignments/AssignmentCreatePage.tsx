import { useNavigate } from 'react-router';
import { paths } from '../../app/paths';
import { Page } from '../../components/Page';
import { liveSessions } from '../../data/live-records';
import { useCreateAssignment } from '../../data/mutations';
import { useLoadedPortfolio } from '../../data/use-loaded-portfolio';
import { assignmentStrings } from './strings';
import { AssignmentForm } from './AssignmentForm';
import { NEW_ASSIGNMENT_VALUES, validateNewAssignment } from './assignment-form';

export function AssignmentCreatePage() {
  const portfolio = useLoadedPortfolio();
  const createAssignment = useCreateAssignment();
  const navigate = useNavigate();
  return (
    <Page title={assignmentStrings.newTitle}>
      <AssignmentForm
        initialValues={NEW_ASSIGNMENT_VALUES}
        sessions={liveSessions(portfolio)}
        validate={validateNewAssignment}
        pending={createAssignment.isPending}
        error={createAssignment.error}
        onSubmit={(fields) =>
          createAssignment.mutate(fields, { onSuccess: () => void navigate(paths.assignments) })
        }
      />
    </Page>
  );
}
