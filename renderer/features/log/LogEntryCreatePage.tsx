import { useNavigate } from 'react-router';
import { paths } from '../../app/paths';
import { Page } from '../../components/Page';
import { useCreateLogEntry } from '../../data/mutations';
import { useToday } from '../../data/use-today';
import { logStrings } from './strings';
import { LogEntryForm } from './LogEntryForm';
import { newLogFormValues, validateNewLogEntry } from './log-form';

export function LogEntryCreatePage() {
  const today = useToday();
  const createLogEntry = useCreateLogEntry();
  const navigate = useNavigate();
  return (
    <Page title={logStrings.newTitle}>
      <LogEntryForm
        initialValues={newLogFormValues(today)}
        validate={validateNewLogEntry}
        pending={createLogEntry.isPending}
        error={createLogEntry.error}
        onSubmit={(fields) =>
          createLogEntry.mutate(fields, { onSuccess: () => void navigate(paths.log) })
        }
      />
    </Page>
  );
}
