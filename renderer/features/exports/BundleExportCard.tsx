import { useId, useState } from 'react';
import type { BundleExportPreview } from '@shared/contract/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatSize } from '@shared/format/format-size';
import { jobProgressText } from '../../components/job-progress-text';
import { JobProgressDialog } from '../../components/JobProgressDialog';
import { LoadingState } from '../../components/LoadingState';
import { StatusMessage } from '../../components/StatusMessage';
import { useExportPreview } from '../../data/use-bundle-export';
import { bundleExportStrings } from './strings';
import { useBundleExportFlow } from './use-bundle-export-flow';

const COUNT_KEYS = ['sessions', 'assignments', 'reflections', 'artifacts', 'logEntries'] as const;

function PreviewFigures({ preview }: { preview: BundleExportPreview }) {
  const text = bundleExportStrings;
  const { reflections, artifacts } = preview.privateLeftOut;
  return (
    <>
      <dl className="figure-list">
        {COUNT_KEYS.map((key) => (
          <div key={key}>
            <dt>{text.counts[key]}</dt>
            <dd>{preview.counts[key]}</dd>
          </div>
        ))}
        <div>
          <dt>{text.totalSize}</dt>
          <dd>{formatSize(preview.totalBytes)}</dd>
        </div>
      </dl>
      <p className="muted">
        {reflections + artifacts === 0
          ? text.noPrivateLeftOut
          : text.privateLeftOut(reflections, artifacts)}
      </p>
    </>
  );
}

/**
 * The whole portfolio as one .ctoportfolio file: what goes in (refreshed when private items are
 * included or not), Export, and the export's progress with Cancel.
 */
export function BundleExportCard() {
  const headingId = useId();
  const text = bundleExportStrings;
  const [includePrivate, setIncludePrivate] = useState(false);
  const preview = useExportPreview(includePrivate);
  const flow = useBundleExportFlow();
  const progress = flow.job?.progress ?? null;

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{text.exportHeading}</h2>
      <p>{text.exportText}</p>
      <h3>{text.previewHeading}</h3>
      {preview.data ? (
        <PreviewFigures preview={preview.data} />
      ) : preview.isPending ? (
        <LoadingState message={text.previewLoading} />
      ) : null}
      <ErrorAlert error={preview.error} onRetry={() => void preview.refetch()} />
      <label className="checkbox-option">
        <input
          type="checkbox"
          checked={includePrivate}
          onChange={(event) => setIncludePrivate(event.target.checked)}
        />
        <span>{text.includePrivate}</span>
      </label>
      <div className="form-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={flow.busy || !preview.data}
          onClick={() => {
            if (preview.data) void flow.start(includePrivate, preview.data.fileName);
          }}
        >
          {text.export}
        </button>
        <StatusMessage message={flow.outcome.message} />
      </div>
      <ErrorAlert error={flow.outcome.error} />
      <JobProgressDialog
        open={flow.running}
        title={text.exporting}
        message={preview.data?.fileName ?? ''}
        progress={{
          value: progress?.bytesDone ?? 0,
          max: progress?.bytesTotal ?? 0,
          text: jobProgressText(progress),
        }}
        cancelling={flow.cancelling}
        error={flow.cancelError}
        onCancel={flow.cancel}
      />
    </section>
  );
}
