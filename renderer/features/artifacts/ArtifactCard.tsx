import { useId } from 'react';
import { Link } from 'react-router';
import type { Artifact } from '@shared/domain/artifact';
import { useScopedPaths } from '../review-scope/use-scoped-paths';
import { artifactStrings } from './strings';
import { ArtifactTypeAndSize } from './ArtifactTypeAndSize';
import { ChangeBadge } from '../candidate-view/change-marks';

export interface ArtifactCardProps {
  artifact: Artifact;
}

/** One artifact in the grid: its title as the link, then type, size and tags. */
export function ArtifactCard({ artifact }: ArtifactCardProps) {
  const paths = useScopedPaths();
  const titleId = useId();
  const text = artifactStrings;
  return (
    <li className="card artifact-card" aria-labelledby={titleId}>
      <h2 id={titleId} className="card-title">
        <Link to={paths.artifact(artifact.id)}>{artifact.title}</Link>
        <ChangeBadge kind="artifacts" id={artifact.id} />
      </h2>
      <dl className="facts">
        <ArtifactTypeAndSize artifact={artifact} />
      </dl>
      {artifact.tags.length > 0 ? (
        <ul className="tag-list" aria-label={text.tags}>
          {artifact.tags.map((tag) => (
            <li key={tag} className="tag">
              {tag}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{text.noTags}</p>
      )}
    </li>
  );
}
