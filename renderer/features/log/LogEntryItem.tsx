import { useId } from 'react';
import { LOG_CHANNEL_LABELS, type LogEntry } from '@shared/domain/log-entry';
import { useScopedPaths } from '../review-scope/use-scoped-paths';
import { formatDate } from '../../components/format-date';
import { RowActionButton } from '../../components/RowActionButton';
import { RowEditLink } from '../../components/RowEditLink';
import { strings } from '../../strings';
import { logStrings } from './strings';
import { EditOnly } from '../../components/EditOnly';
import { ChangeBadge } from '../candidate-view/change-marks';

export interface LogEntryItemProps {
  entry: LogEntry;
  deleting: boolean;
  onDelete: (entry: LogEntry) => void;
}

/** One contact: when, how, what was said and what follows. */
export function LogEntryItem({ entry, deleting, onDelete }: LogEntryItemProps) {
  const paths = useScopedPaths();
  const headingId = useId();
  const text = logStrings;
  const name = `${formatDate(entry.date)}, ${LOG_CHANNEL_LABELS[entry.channel]}`;
  return (
    <li className="card log-entry" aria-labelledby={headingId}>
      <h2 id={headingId} className="card-title">
        <time dateTime={entry.date}>{formatDate(entry.date)}</time>
        {' · '}
        <span className="log-channel">{LOG_CHANNEL_LABELS[entry.channel]}</span>
        <ChangeBadge kind="logEntries" id={entry.id} />
      </h2>
      <p className="log-summary">{entry.summary}</p>
      {entry.followUps ? (
        <p className="log-follow-ups">
          <strong>{text.followUps}:</strong> {entry.followUps}
        </p>
      ) : null}
      <EditOnly>
        <div className="button-row">
          <RowEditLink to={paths.logEntry(entry.id)} row={name} />
          <RowActionButton
            action={strings.delete}
            row={name}
            disabled={deleting}
            variant="button-quiet button-danger"
            onClick={() => onDelete(entry)}
          />
        </div>
      </EditOnly>
    </li>
  );
}
