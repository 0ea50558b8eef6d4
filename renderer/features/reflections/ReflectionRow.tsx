import { useId } from 'react';
import { Link } from 'react-router';
import type { ReflectionSummary } from '@shared/domain/reflection';
import { sessionLabel } from '@shared/domain/session';
import { useScopedPaths } from '../review-scope/use-scoped-paths';
import { formatDateTime } from '../../components/format-date';
import { RowActionButton } from '../../components/RowActionButton';
import { strings } from '../../strings';
import { reflectionStrings } from './strings';
import { EditOnly } from '../../components/EditOnly';
import { ChangeBadge } from '../candidate-view/change-marks';

export interface ReflectionRowProps {
  reflection: ReflectionSummary;
  deleting: boolean;
  onDelete: (reflection: ReflectionSummary) => void;
}

/** One reflection in the list: title as the link, status in words, session, words, excerpt. */
export function ReflectionRow({ reflection, deleting, onDelete }: ReflectionRowProps) {
  const paths = useScopedPaths();
  const titleId = useId();
  const text = reflectionStrings;
  return (
    <li className="card reflection-row" aria-labelledby={titleId}>
      <div>
        <h2 id={titleId} className="card-title">
          <Link to={paths.reflection(reflection.id)}>{reflection.title}</Link>
          <ChangeBadge kind="reflections" id={reflection.id} />
        </h2>
        <p className="muted">
          <span className={`badge badge-${reflection.status}`}>
            {text.status[reflection.status]}
          </span>
          {' · '}
          {reflection.session === null ? text.noSession : sessionLabel(reflection.session)}
          {' · '}
          {text.words(reflection.wordCount)}
          {' · '}
          {text.updated}:{' '}
          <time dateTime={reflection.updatedAt}>{formatDateTime(reflection.updatedAt)}</time>
        </p>
        {reflection.excerpt ? <p className="reflection-excerpt">{reflection.excerpt}</p> : null}
      </div>
      <EditOnly>
        <div className="button-row">
          <RowActionButton
            action={strings.delete}
            row={reflection.title}
            disabled={deleting}
            variant="button-quiet button-danger"
            onClick={() => onDelete(reflection)}
          />
        </div>
      </EditOnly>
    </li>
  );
}
