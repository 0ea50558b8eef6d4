import { useId } from 'react';
import type { Artifact } from '@shared/domain/artifact';
import { useArtifactFiles } from '../../api/artifact-files-context';
import { strings } from '../../strings';
import { previewKindOf } from './file-kind';
import { TextPreview } from './TextPreview';

export interface ArtifactPreviewProps {
  artifact: Artifact;
}

/**
 * Images and text are shown in the page. PDFs are not framed: the app's CSP has no frame-src or
 * object-src (a frame of our own origin could show any stored file as a page), and Electron's
 * PDF viewer is a plugin the window keeps off, so a PDF opens in the system's viewer (Electron)
 * or in a new browser tab (browser host).
 */
export function ArtifactPreview({ artifact }: ArtifactPreviewProps) {
  const files = useArtifactFiles();
  const headingId = useId();
  const text = strings.artifacts;
  const url = files.url(artifact.id);
  const kind = previewKindOf(artifact.mediaType);

  let body;
  if (kind === 'image') {
    body = <img className="image-preview" src={url} alt={text.previewImageAlt(artifact.title)} />;
  } else if (kind === 'text') {
    body = (
      <TextPreview url={url} label={text.textPreviewLabel(artifact.title)} size={artifact.size} />
    );
  } else if (kind === 'pdf' && files.openWithSystem === null) {
    body = (
      <p>
        <a href={url} target="_blank" rel="noopener noreferrer">
          {text.openPdf}
        </a>
      </p>
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
