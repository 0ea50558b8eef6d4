import { LOG_CHANNEL_LABELS, type LogEntry } from '@shared/domain/log-entry';
import { useScopedPaths } from '../review-scope/use-scoped-paths';
import { formatDate } from '../../components/format-date';
import { ListRow, RowCell } from '../../components/ListRow';
import { useReadOnly } from '../../data/use-app-info';
import { editDeleteMenu } from '../../components/edit-delete-menu';
import { logStrings } from './strings';
import { ChangeBadge } from '../candidate-view/change-marks';

/** The date takes its width; channel, then the summary takes the room, then the menu. */
export const LOG_NAME_COLUMN = 'auto';
export const LOG_COLUMNS = 'auto minmax(0, 1fr) auto';

export interface LogEntryItemProps {
  entry: LogEntry;
  deleting: boolean;
  onDelete: (entry: LogEntry) => void;
}

/** One contact as one line: when (opens it), how, what was said (and what follows, on hover). */
export function LogEntryItem({ entry, deleting, onDelete }: LogEntryItemProps) {
  const paths = useScopedPaths();
  const readOnly = useReadOnly();
  const text = logStrings;
  const name = `${formatDate(entry.date)}, ${LOG_CHANNEL_LABELS[entry.channel]}`;
  const full = entry.followUps
    ? `${entry.summary}\n${text.followUps}: ${entry.followUps}`
    : entry.summary;
  return (
    <ListRow
      name={name}
      title={<time dateTime={entry.date}>{formatDate(entry.date)}</time>}
      to={paths.logEntry(entry.id)}
      marks={<ChangeBadge kind="logEntries" id={entry.id} />}
      menu={
        readOnly
          ? undefined
          : editDeleteMenu({
              editTo: paths.logEntry(entry.id),
              deleting,
              onDelete: () => onDelete(entry),
            })
      }
    >
      <RowCell muted>{LOG_CHANNEL_LABELS[entry.channel]}</RowCell>
      <RowCell>
        <span className="log-summary" title={full}>
          {entry.summary}
        </span>
      </RowCell>
    </ListRow>
  );
}
