import { useId } from 'react';
import type { Artifact } from '@shared/domain/artifact';
import { useArtifactFiles } from '../../api/artifact-files-context';
import { artifactStrings } from './strings';
import { previewKindOf } from './file-kind';
import { PdfFrame } from './PdfFrame';
import { TextPreview } from './TextPreview';

export interface ArtifactPreviewProps {
  artifact: Artifact;
}

/**
 * Images, text, PDF, sound and video are shown in the page. A PDF is framed from the app's own
 * artifact address (the page's CSP allows frames and media from 'self' only), and the core serves
 * it with a CSP of its own, so nothing in it runs as the app; every other framed or played type
 * is served sandboxed. Below the frame, a link opens the PDF in a tab of its own (browser host;
 * in Electron the file card's "Open with system app" does that).
 */
export function ArtifactPreview({ artifact }: ArtifactPreviewProps) {
  const files = useArtifactFiles();
  const headingId = useId();
  const text = artifactStrings;
  const url = files.url(artifact.id);
  const kind = previewKindOf(artifact.mediaType);
  const previewName = text.previewOf(artifact.title);

  let body;
  if (kind === 'image') {
    body = <img className="image-preview" src={url} alt={previewName} />;
  } else if (kind === 'text') {
    body = (
      <TextPreview url={url} label={text.textPreviewLabel(artifact.title)} size={artifact.size} />
    );
  } else if (kind === 'pdf') {
    body = (
      <>
        <PdfFrame url={url} title={previewName} />
        {files.openWithSystem === null ? (
          <p>
            <a href={url} target="_blank" rel="noopener noreferrer">
              {text.openPdf}
            </a>
          </p>
        ) : null}
      </>
    );
  } else if (kind === 'audio') {
    body = (
      // The user's own recording: there is no caption track to offer.
      // eslint-disable-next-line jsx-a11y/media-has-caption
      <audio
        className="media-preview"
        controls
        preload="metadata"
        src={url}
        aria-label={previewName}
      />
    );
  } else if (kind === 'video') {
    body = (
      // eslint-disable-next-line jsx-a11y/media-has-caption
      <video
        className="media-preview"
        controls
        preload="metadata"
        src={url}
        aria-label={previewName}
      />
    );
  } else {
    body = <p className="muted">{text.noPreview}</p>;
  }
  return (
    <section className="card artifact-preview" aria-labelledby={headingId}>
      <h2 id={headingId}>{text.previewHeading}</h2>
      {body}
    </section>
  );
}
