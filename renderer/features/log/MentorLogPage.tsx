import { NewItemKeyHint, newItemShortcut } from '../../components/NewItemKey';
import { Link } from 'react-router';
import type { LogEntry } from '@shared/domain/log-entry';
import { useScopedPaths } from '../review-scope/use-scoped-paths';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Page } from '../../components/Page';
import { formatDate } from '../../components/format-date';
import { useDeleteWithUndo } from '../../components/use-delete-with-undo';
import { liveLogEntries } from '../../data/live-records';
import { useLoadedPortfolio } from '../../data/use-loaded-portfolio';
import { logStrings } from './strings';
import { LOG_COLUMNS, LOG_NAME_COLUMN, LogEntryItem } from './LogEntryItem';
import { RowList, RowTable } from '../../components/RowList';
import { EditOnly } from '../../components/EditOnly';

/** Every contact with the mentor, newest first, one line each. */
export function MentorLogPage() {
  const paths = useScopedPaths();
  const portfolio = useLoadedPortfolio();
  const text = logStrings;
  const deleteWithUndo = useDeleteWithUndo<LogEntry>('log', {
    deleted: (entry) => text.deleted(formatDate(entry.date)),
    restored: (entry) => text.restored(formatDate(entry.date)),
  });
  const entries = liveLogEntries(portfolio);
  return (
    <Page
      title={text.title}
      actions={
        <EditOnly>
          <Link to={paths.newLogEntry} className="button button-primary" {...newItemShortcut}>
            {text.create} <NewItemKeyHint />
          </Link>
        </EditOnly>
      }
    >
      <p className="lead">{text.intro}</p>
      <ErrorAlert error={deleteWithUndo.error} />
      {entries.length === 0 ? (
        <p>{text.none}</p>
      ) : (
        <RowTable nameColumn={LOG_NAME_COLUMN} columns={LOG_COLUMNS}>
          <RowList label={text.title}>
            {entries.map((entry) => (
              <LogEntryItem
                key={entry.id}
                entry={entry}
                deleting={deleteWithUndo.isPending}
                onDelete={(record) => void deleteWithUndo.remove(record)}
              />
            ))}
          </RowList>
        </RowTable>
      )}
    </Page>
  );
}
