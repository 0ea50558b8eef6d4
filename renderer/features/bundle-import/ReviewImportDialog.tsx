import type { ReviewImportSummary } from '@shared/review/review-import-summary';
import { ROLE_LABELS } from '@shared/review/roles';
import { formatSize } from '@shared/format/format-size';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../components/format-date';
import { ModalDialog } from '../../components/ModalDialog';
import { strings } from '../../strings';
import { bundleImportStrings } from './strings';

export interface ReviewImportDialogProps {
  summary: ReviewImportSummary;
  applying: boolean;
  /** A refused apply, as one sentence; the user may try again or cancel. */
  error: unknown;
  onApply: () => void;
  onCancel: () => void;
}

const COUNT_KEYS = ['grades', 'comments', 'reports'] as const;

/**
 * What applying a checked review file would do, before anything changes: from whom and in which
 * role, what is new; or that it changes nothing (the same review again, or an older one).
 */
export function ReviewImportDialog({
  summary,
  applying,
  error,
  onApply,
  onCancel,
}: ReviewImportDialogProps) {
  const text = bundleImportStrings.review;
  const isNew = summary.outcome === 'new';
  return (
    <ModalDialog
      open
      title={text.summaryTitle}
      className="import-summary"
      onClose={applying ? null : onCancel}
    >
      {isNew ? <p>{text.keepsYourWork}</p> : null}
      {summary.outcome === 'same' ? <p className="alert alert-notice">{text.same}</p> : null}
      {summary.outcome === 'older' ? <p className="alert alert-notice">{text.older}</p> : null}
      <h3>{text.fromHeading}</h3>
      <dl className="figure-list">
        <div>
          <dt>{text.reviewer}</dt>
          <dd>{summary.reviewer.name}</dd>
        </div>
        <div>
          <dt>{text.role}</dt>
          <dd>{ROLE_LABELS[summary.reviewer.role]}</dd>
        </div>
        <div>
          <dt>{text.exportedAt}</dt>
          <dd>
            <time dateTime={summary.exportedAt}>{formatDateTime(summary.exportedAt)}</time>
          </dd>
        </div>
      </dl>
      <p className="muted">{text.fileSize(summary.fileName, formatSize(summary.fileBytes))}</p>
      {isNew ? (
        <>
          <h3>{text.newHeading}</h3>
          <dl className="figure-list">
            {COUNT_KEYS.map((key) => (
              <div key={key}>
                <dt>{text[key]}</dt>
                <dd>{summary.counts[key]}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
      <ErrorAlert error={error} />
      <p role="status" className="status-message">
        {applying ? text.applying : ''}
      </p>
      <div className="form-actions">
        {isNew ? (
          <button
            type="button"
            className="button button-primary"
            disabled={applying}
            onClick={onApply}
          >
            {text.apply}
          </button>
        ) : null}
        <button type="button" className="button" disabled={applying} onClick={onCancel}>
          {isNew ? strings.cancel : text.close}
        </button>
      </div>
    </ModalDialog>
  );
}
