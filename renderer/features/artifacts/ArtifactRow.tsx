import type { Artifact } from '@shared/domain/artifact';
import { formatSize } from '@shared/format/format-size';
import { useScopedPaths } from '../review-scope/use-scoped-paths';
import { ListRow, RowCell } from '../../components/ListRow';
import { artifactStrings } from './strings';
import { fileTypeLabel } from './file-kind';
import { ChangeBadge } from '../candidate-view/change-marks';

/** Type, size and tags, after the title. */
export const ARTIFACT_COLUMNS = 'fit-content(12rem) auto fit-content(22rem)';

/** One artifact as one line: its title (opens it), the file's type and size, its tags. */
export function ArtifactRow({ artifact }: { artifact: Artifact }) {
  const paths = useScopedPaths();
  const text = artifactStrings;
  return (
    <ListRow
      name={artifact.title}
      to={paths.artifact(artifact.id)}
      marks={<ChangeBadge kind="artifacts" id={artifact.id} />}
    >
      <RowCell muted>{fileTypeLabel(artifact)}</RowCell>
      <RowCell muted className="row-number">
        {formatSize(artifact.size)}
      </RowCell>
      <RowCell>
        {artifact.tags.length > 0 ? (
          <span className="row-tags">
            <span className="visually-hidden">{text.tags}: </span>
            {artifact.tags.map((tag) => (
              <span key={tag} className="tag">
                {tag}
              </span>
            ))}
          </span>
        ) : (
          <span className="muted">{text.noTags}</span>
        )}
      </RowCell>
    </ListRow>
  );
}
