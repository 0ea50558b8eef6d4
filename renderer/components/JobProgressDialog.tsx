import { strings } from '../strings';
import { ErrorAlert } from './ErrorAlert';
import { ModalDialog } from './ModalDialog';
import { ProgressMeter } from './ProgressMeter';

export interface JobProgress {
  value: number;
  max: number;
  /** The figure in words, e.g. "120 MB of 1 GB, 35 of 80 files". */
  text: string;
}

export interface JobProgressDialogProps {
  open: boolean;
  title: string;
  /** A sentence about what is happening. */
  message: string;
  progress: JobProgress;
  cancelling: boolean;
  /** A failed cancel or status request, shown as one sentence. */
  error?: unknown;
  /** Null when the work cannot be stopped from here. */
  onCancel: (() => void) | null;
}

/**
 * Long work in a modal dialog: what is happening, a progress bar with its figures in words (also
 * its aria-valuetext) and Cancel, which Escape presses too.
 */
export function JobProgressDialog({
  open,
  title,
  message,
  progress,
  cancelling,
  error,
  onCancel,
}: JobProgressDialogProps) {
  return (
    <ModalDialog open={open} title={title} onClose={cancelling ? null : onCancel}>
      <p>{message}</p>
      <ProgressMeter
        label={strings.job.progressLabel}
        value={progress.value}
        max={progress.max}
        valueText={progress.text}
      />
      <ErrorAlert error={error} />
      {onCancel ? (
        <div className="form-actions">
          <button type="button" className="button" disabled={cancelling} onClick={onCancel}>
            {cancelling ? strings.job.cancelling : strings.cancel}
          </button>
        </div>
      ) : null}
    </ModalDialog>
  );
}
