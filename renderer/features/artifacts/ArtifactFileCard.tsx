import { useId, useState } from 'react';
import type { Artifact } from '@shared/domain/artifact';
import { ApiError } from '../../api/api-error';
import { useArtifactFiles } from '../../api/artifact-files-context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../components/format-date';
import { strings } from '../../strings';
import { artifactStrings } from './strings';
import { ArtifactTypeAndSize } from './ArtifactTypeAndSize';
import { EditOnly } from '../../components/EditOnly';

export interface ArtifactFileCardProps {
  artifact: Artifact;
  removing: boolean;
  onRemove: (artifact: Artifact) => void;
}

/** The stored file's facts and what can be done with it: open, show, download, remove. */
export function ArtifactFileCard({ artifact, removing, onRemove }: ArtifactFileCardProps) {
  const files = useArtifactFiles();
  const headingId = useId();
  const [error, setError] = useState<unknown>(null);
  const text = artifactStrings;
  const run = (action: (id: string) => Promise<void>) => {
    setError(null);
    action(artifact.id).catch((failure: unknown) =>
      setError(
        failure instanceof ApiError ? failure : new ApiError('internal', strings.errors.unexpected),
      ),
    );
  };
  const { openWithSystem, showInFolder } = files;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{text.fileHeading}</h2>
      <dl className="facts facts-stacked">
        <div>
          <dt>{text.fileName}</dt>
          <dd>{artifact.fileName}</dd>
        </div>
        <ArtifactTypeAndSize artifact={artifact} />
        <div>
          <dt>{text.added}</dt>
          <dd>
            <time dateTime={artifact.createdAt}>{formatDateTime(artifact.createdAt)}</time>
          </dd>
        </div>
      </dl>
      <div className="button-row">
        {openWithSystem ? (
          <button type="button" className="button" onClick={() => run(openWithSystem)}>
            {text.openWithSystem}
          </button>
        ) : null}
        {showInFolder ? (
          <button type="button" className="button" onClick={() => run(showInFolder)}>
            {text.showInFolder}
          </button>
        ) : null}
        {openWithSystem ? null : (
          <a
            className="button"
            href={files.url(artifact.id, { download: true })}
            download={artifact.fileName}
          >
            {text.download}
          </a>
        )}
        <EditOnly>
          <button
            type="button"
            className="button button-quiet button-danger"
            disabled={removing}
            onClick={() => onRemove(artifact)}
          >
            {text.remove}
          </button>
        </EditOnly>
      </div>
      <ErrorAlert error={error} />
    </section>
  );
}
