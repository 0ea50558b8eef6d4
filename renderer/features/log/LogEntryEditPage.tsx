import { Link, useNavigate, useParams } from 'react-router';
import { isLive } from '@shared/domain/record';
import { paths } from '../../app/paths';
import { Page } from '../../components/Page';
import { useUpdateLogEntry } from '../../data/mutations';
import { useLoadedPortfolio } from '../../data/use-loaded-portfolio';
import { logStrings } from './strings';
import { LogEntryForm } from './LogEntryForm';
import { logFormValuesOf, validateLogEdit } from './log-form';

export function LogEntryEditPage() {
  const { entryId } = useParams();
  const portfolio = useLoadedPortfolio();
  const updateLogEntry = useUpdateLogEntry();
  const navigate = useNavigate();
  const entry = portfolio.logEntries.find((e) => e.id === entryId && isLive(e));
  const text = logStrings;
  if (!entry) {
    return (
      <Page title={text.editTitle}>
        <p role="alert">{text.notFound}</p>
        <Link to={paths.log}>{text.back}</Link>
      </Page>
    );
  }
  return (
    <Page title={text.editTitle}>
      <LogEntryForm
        key={entry.id}
        initialValues={logFormValuesOf(entry)}
        validate={(values) => validateLogEdit(entry, values)}
        pending={updateLogEntry.isPending}
        error={updateLogEntry.error}
        onSubmit={(input) =>
          updateLogEntry.mutate(input, { onSuccess: () => void navigate(paths.log) })
        }
      />
    </Page>
  );
}
