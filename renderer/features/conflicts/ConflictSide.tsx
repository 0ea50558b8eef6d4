import { useId } from 'react';
import type { ConflictView } from '@shared/sync/conflict';
import { formatDateTime } from '../../components/format-date';
import { conflictStrings } from './strings';

export interface ConflictSideProps {
  heading: string;
  side: ConflictView['mine'];
}

/** One version of a conflicting record: when it changed, whether it is deleted, what differs. */
export function ConflictSide({ heading, side }: ConflictSideProps) {
  const headingId = useId();
  const text = conflictStrings;
  return (
    <section className="conflict-side" aria-labelledby={headingId}>
      <h3 id={headingId}>{heading}</h3>
      <p className="muted">
        {text.changedAt} <time dateTime={side.updatedAt}>{formatDateTime(side.updatedAt)}</time>
      </p>
      {side.deleted ? <p className="conflict-deleted">{text.deleted}</p> : null}
      {side.fields.length === 0 ? (
        side.deleted ? null : (
          <p className="muted">{text.noFields}</p>
        )
      ) : (
        <dl className="conflict-fields">
          {side.fields.map((field) => (
            <div key={field.label}>
              <dt>{field.label}</dt>
              <dd>{field.value}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
