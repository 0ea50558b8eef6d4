import { useState } from 'react';
import { outcomeFor, type ImportAs, type ImportSummary } from '@shared/bundle/import-summary';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatSize } from '@shared/format/format-size';
import { ModalDialog } from '../../components/ModalDialog';
import { RadioGroupField } from '../../components/RadioGroupField';
import { strings } from '../../strings';
import { BundleOriginList } from './BundleOriginList';
import { bundleImportStrings } from './strings';

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
  const text = bundleImportStrings;
  // Where a foreign bundle could become this computer's portfolio, the dialog starts on the safe
  // choice (review), and everything it shows is what the choice made will do.
  const [as, setAs] = useState<ImportAs>('review');
  const choice = summary.canAdoptInstead ? as : undefined;
  const { origin } = summary;
  const { kind, changes, artifacts, olderThanCurrent, nothingToChange } = outcomeFor(
    summary,
    choice,
  );
  const onlyClose = nothingToChange;

  return (
    <ModalDialog
      open
      title={text.summaryTitle}
      className="import-summary"
      onClose={committing ? null : onCancel}
    >
      <p>{text.kindText[kind]}</p>
      {olderThanCurrent ? <p className="alert alert-notice">{text.olderThanCurrent}</p> : null}
      {nothingToChange ? <p className="alert alert-notice">{text.nothingToChange}</p> : null}
      <BundleOriginList origin={origin} />
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
            onClick={() => onImport(choice)}
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
