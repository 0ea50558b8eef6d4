import type { Artifact } from '@shared/domain/artifact';
import { formatSize } from '@shared/format/format-size';
import { artifactStrings } from './strings';
import { fileTypeLabel } from './file-kind';

/** The two facts every view of an artifact's file states, for a `<dl className="facts">`. */
export function ArtifactTypeAndSize({ artifact }: { artifact: Artifact }) {
  const text = artifactStrings;
  return (
    <>
      <div>
        <dt>{text.type}</dt>
        <dd>{fileTypeLabel(artifact)}</dd>
      </div>
      <div>
        <dt>{text.size}</dt>
        <dd>{formatSize(artifact.size)}</dd>
      </div>
    </>
  );
}
