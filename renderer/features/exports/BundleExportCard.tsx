import { useId, useState } from 'react';
import type { BundleExportPreview } from '@shared/contract/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatSize } from '@shared/format/format-size';
import { LoadingState } from '../../components/LoadingState';
import { useExportPreview } from '../../data/use-bundle-export';
import { bundleExportStrings } from './strings';
import { ExportControls } from './ExportControls';

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
      <ExportControls
        format="bundle"
        includePrivate={includePrivate}
        onIncludePrivateChange={setIncludePrivate}
        buttonLabel={text.export}
        fileName={preview.data?.fileName ?? null}
      />
    </section>
  );
}
