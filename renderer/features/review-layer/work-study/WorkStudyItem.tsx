import { useId } from 'react';
import type { Competency } from '@shared/program/template-schema';
import type { WorkStudyEntry } from '@shared/review/review-layer';
import { RowActionButton } from '../../../components/RowActionButton';
import { formatDate } from '../../../components/format-date';
import { strings } from '../../../strings';
import { reviewLayerStrings } from '../strings';

export interface WorkStudyItemProps {
  entry: WorkStudyEntry;
  competencies: readonly Competency[];
  canWrite: boolean;
  busy: boolean;
  onEdit: (entry: WorkStudyEntry) => void;
  onDelete: (entry: WorkStudyEntry) => void;
}

const text = reviewLayerStrings.workStudy;

/** One supervised stretch of work study. */
export function WorkStudyItem({
  entry,
  competencies,
  canWrite,
  busy,
  onEdit,
  onDelete,
}: WorkStudyItemProps) {
  const headingId = useId();
  const name = `${formatDate(entry.date)}, ${entry.activity}`;
  const titles = entry.competencyIds.map(
    (id) => competencies.find((c) => c.id === id)?.title ?? id,
  );
  return (
    <li className="card" aria-labelledby={headingId}>
      <h2 id={headingId} className="card-title">
        <time dateTime={entry.date}>{formatDate(entry.date)}</time>
        {' · '}
        {text.hoursOf(entry.hours)}
        {' · '}
        {entry.activity}
      </h2>
      {titles.length > 0 ? <p className="muted">{titles.join(', ')}</p> : null}
      {entry.note ? <p className="review-text-block">{entry.note}</p> : null}
      {canWrite ? (
        <div className="button-row">
          <RowActionButton
            action={strings.edit}
            row={name}
            disabled={busy}
            onClick={() => onEdit(entry)}
          />
          <RowActionButton
            action={strings.delete}
            row={name}
            disabled={busy}
            variant="button-quiet button-danger"
            onClick={() => onDelete(entry)}
          />
        </div>
      ) : null}
    </li>
  );
}
