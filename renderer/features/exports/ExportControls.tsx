import type { ExportFormat } from '@shared/exports/export-formats';
import { ErrorAlert } from '../../components/ErrorAlert';
import { jobProgressText } from '../../components/job-progress-text';
import { JobProgressDialog } from '../../components/JobProgressDialog';
import { StatusMessage } from '../../components/StatusMessage';
import { bundleExportStrings } from './strings';
import { useBundleExportFlow } from './use-bundle-export-flow';

export interface ExportControlsProps {
  format: ExportFormat;
  includePrivate: boolean;
  onIncludePrivateChange: (include: boolean) => void;
  buttonLabel: string;
  /** The name the export suggests; null while it is being worked out (the button waits). */
  fileName: string | null;
}

/**
 * What every export of the whole portfolio ends with: include private items or not, the button,
 * where the file went, and the progress dialog with Cancel while it is written.
 */
export function ExportControls({
  format,
  includePrivate,
  onIncludePrivateChange,
  buttonLabel,
  fileName,
}: ExportControlsProps) {
  const text = bundleExportStrings;
  const flow = useBundleExportFlow();
  const progress = flow.job?.progress ?? null;
  return (
    <>
      <label className="checkbox-option">
        <input
          type="checkbox"
          checked={includePrivate}
          onChange={(event) => onIncludePrivateChange(event.target.checked)}
        />
        <span>{text.includePrivate}</span>
      </label>
      <div className="form-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={flow.busy || fileName === null}
          onClick={() => {
            if (fileName !== null) void flow.start(format, includePrivate, fileName);
          }}
        >
          {buttonLabel}
        </button>
        <StatusMessage message={flow.outcome.message} />
      </div>
      <ErrorAlert error={flow.outcome.error} />
      <JobProgressDialog
        open={flow.running}
        title={text.exporting}
        message={fileName ?? ''}
        progress={{
          value: progress?.bytesDone ?? 0,
          max: progress?.bytesTotal ?? 0,
          text: jobProgressText(progress),
        }}
        cancelling={flow.cancelling}
        error={flow.cancelError}
        onCancel={flow.cancel}
      />
    </>
  );
}
