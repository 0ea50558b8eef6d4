import { formatSize } from '@shared/format/format-size';
import type { Upload } from '../../data/use-artifact-uploads';
import { strings } from '../../strings';
import { artifactStrings } from './strings';

export interface UploadListProps {
  uploads: readonly Upload[];
  canCancel: boolean;
  onCancel: (key: number) => void;
  onClearFinished: () => void;
}

function statusText(upload: Upload): string {
  const text = artifactStrings;
  switch (upload.status) {
    case 'adding':
      return text.uploading(upload.name);
    case 'done':
      return text.uploadDone(upload.name);
    case 'failed':
      return text.uploadFailed(upload.name, upload.message);
    case 'cancelled':
      return text.uploadCancelled(upload.name);
  }
}

/**
 * Files being added, each with a labelled progress bar and a Cancel button. Only the outcome of
 * each file is announced (a status line), not every percent.
 */
export function UploadList({ uploads, canCancel, onCancel, onClearFinished }: UploadListProps) {
  const text = artifactStrings;
  if (uploads.length === 0) return null;
  const finished = uploads.filter((u) => u.status !== 'adding');
  const lastFinished = finished[finished.length - 1];
  return (
    <section className="card upload-list" aria-labelledby="uploads-heading">
      <h2 id="uploads-heading">{text.uploadsHeading}</h2>
      <p role="status" className="visually-hidden">
        {lastFinished ? statusText(lastFinished) : ''}
      </p>
      <ul>
        {uploads.map((upload) => {
          const percent = upload.size > 0 ? Math.round((upload.loaded / upload.size) * 100) : 0;
          const adding = upload.status === 'adding';
          return (
            <li key={upload.key} className={`upload upload-${upload.status}`}>
              <span className="upload-name">
                {statusText(upload)}
                <span className="muted"> · {formatSize(upload.size)}</span>
              </span>
              {adding ? (
                <progress
                  aria-label={text.uploading(upload.name)}
                  max={100}
                  // Without progress reports (Electron copies by path) the bar is indeterminate.
                  value={canCancel ? percent : undefined}
                  aria-valuetext={canCancel ? text.uploadProgress(percent) : text.uploadWaiting}
                />
              ) : null}
              {adding && canCancel ? (
                <button
                  type="button"
                  className="button"
                  aria-label={text.cancelUpload(upload.name)}
                  onClick={() => onCancel(upload.key)}
                >
                  {strings.cancel}
                </button>
              ) : null}
            </li>
          );
        })}
      </ul>
      {finished.length > 0 ? (
        <button type="button" className="button button-quiet" onClick={onClearFinished}>
          {text.clearFinished}
        </button>
      ) : null}
    </section>
  );
}
