import { useState } from 'react';
import type { ImportAs, ImportKind, ImportSummary } from '@shared/bundle/import-summary';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../components/format-date';
import { formatSize } from '@shared/format/format-size';
import { ModalDialog } from '../../components/ModalDialog';
import { RadioGroupField } from '../../components/RadioGroupField';
import { strings } from '../../strings';

export interface ImportSummaryDialogProps {
  summary: ImportSummary;
  committing: boolean;
  /** A failed commit, as one sentence; the user may try again or cancel. */
  error: unknown;
  onImport: (as: ImportAs | undefined) => void;
  onCancel: () => void;
}

const CHANGE_KEYS = ['added', 'updated', 'deleted', 'conflicts', 'unchanged'] as const;

/**
 * What the import will mean once the user has chosen. Where a foreign bundle could become this
 * computer's portfolio, the core's own default is to adopt it; the dialog defaults to the safe
 * choice (review) and always says which one the user has picked.
 */
function shownKind(summary: ImportSummary, as: ImportAs): ImportKind {
  if (!summary.canAdoptInstead) return summary.kind;
  if (as === 'mine') return 'adopt';
  return summary.kind === 'adopt' ? 'review-new' : summary.kind;
}

/**
 * What importing the checked bundle would do, before anything changes: whose portfolio it is,
 * what the import means, the counts and the artifact files; then Import or Cancel. Escape
 * cancels, except while the import is being committed.
 */
export function ImportSummaryDialog({
  summary,
  committing,
  error,
  onImport,
  onCancel,
}: ImportSummaryDialogProps) {
  const text = strings.bundle;
  const [as, setAs] = useState<ImportAs>('review');
  const { origin, changes, artifacts } = summary;
  const kind = shownKind(summary, as);
  const onlyClose = summary.nothingToChange && !summary.canAdoptInstead;

  return (
    <ModalDialog
      open
      title={text.summaryTitle}
      className="import-summary"
      onClose={committing ? null : onCancel}
    >
      <p>{text.kindText[kind]}</p>
      {summary.olderThanCurrent ? (
        <p className="alert alert-notice">{text.olderThanCurrent}</p>
      ) : null}
      {summary.nothingToChange ? (
        <p className="alert alert-notice">{text.nothingToChange}</p>
      ) : null}
      <h3>{text.whoseHeading}</h3>
      <dl className="figure-list">
        <div>
          <dt>{text.name}</dt>
          <dd>{origin.name || text.unnamed}</dd>
        </div>
        <div>
          <dt>{text.organisation}</dt>
          <dd>{origin.organisation || strings.notSet}</dd>
        </div>
        <div>
          <dt>{text.cohort}</dt>
          <dd>{origin.cohortYear ?? strings.notSet}</dd>
        </div>
        <div>
          <dt>{text.exportedAt}</dt>
          <dd>
            <time dateTime={origin.exportedAt}>{formatDateTime(origin.exportedAt)}</time>
          </dd>
        </div>
        <div>
          <dt>{text.appVersion}</dt>
          <dd>{origin.appVersion}</dd>
        </div>
      </dl>
      <p className="muted">
        {text.bundleSize(summary.fileName, formatSize(summary.bundleBytes))}
        {origin.includesPrivate ? ` ${text.includesPrivate}` : ''}
      </p>
      <h3>{text.changesHeading}</h3>
      <dl className="figure-list">
        {CHANGE_KEYS.map((key) => (
          <div key={key}>
            <dt>{text.changes[key]}</dt>
            <dd>{changes[key]}</dd>
          </div>
        ))}
      </dl>
      <h3>{text.artifactsHeading}</h3>
      <p>
        {text.artifactFiles(artifacts.count, artifacts.newCount, formatSize(artifacts.newBytes))}
      </p>
      {summary.canAdoptInstead ? (
        <RadioGroupField<ImportAs>
          label={text.importAs}
          value={as}
          options={[
            { value: 'review', label: text.asReview },
            { value: 'mine', label: text.asMine },
          ]}
          onChange={setAs}
        />
      ) : null}
      <ErrorAlert error={error} />
      <p role="status" className="status-message">
        {committing ? text.importing : ''}
      </p>
      <div className="form-actions">
        {onlyClose ? null : (
          <button
            type="button"
            className="button button-primary"
            disabled={committing}
            onClick={() => onImport(summary.canAdoptInstead ? as : undefined)}
          >
            {text.import}
          </button>
        )}
        <button type="button" className="button" disabled={committing} onClick={onCancel}>
          {onlyClose ? text.close : strings.cancel}
        </button>
      </div>
    </ModalDialog>
  );
}
