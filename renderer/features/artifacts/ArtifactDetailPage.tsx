import { Link, useNavigate, useParams } from 'react-router';
import type { Artifact } from '@shared/domain/artifact';
import { isLive } from '@shared/domain/record';
import { useScopedPaths } from '../review-scope/use-scoped-paths';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Page } from '../../components/Page';
import { useDeleteWithUndo } from '../../components/use-delete-with-undo';
import { useLoadedPortfolio } from '../../data/use-loaded-portfolio';
import { useReflectionList } from '../../data/use-reflections';
import { artifactStrings } from './strings';
import { ArtifactDetailsForm } from './ArtifactDetailsForm';
import { ArtifactFileCard } from './ArtifactFileCard';
import { ArtifactPreview } from './ArtifactPreview';
import { ArtifactReflections } from './ArtifactReflections';
import { ArtifactReviewSlot } from '../review-scope/ReviewSlots';
import './artifacts.css';

/** One artifact: preview, file actions, editable details and the reflections about it. */
export function ArtifactDetailPage() {
  const paths = useScopedPaths();
  const { artifactId } = useParams();
  const portfolio = useLoadedPortfolio();
  const reflections = useReflectionList();
  const navigate = useNavigate();
  const removeWithUndo = useDeleteWithUndo<Artifact>('artifact', {
    deleted: (a) => artifactStrings.removed(a.title),
    restored: (a) => artifactStrings.restored(a.title),
  });
  const text = artifactStrings;
  const artifact = portfolio.artifacts.find((a) => a.id === artifactId && isLive(a));
  const back = (
    <Link to={paths.artifacts} className="button button-quiet">
      {text.back}
    </Link>
  );
  if (!artifact) {
    return (
      <Page title={text.title} actions={back}>
        <p role="alert">{text.notFound}</p>
      </Page>
    );
  }
  return (
    <Page title={artifact.title} actions={back}>
      <ErrorAlert error={removeWithUndo.error} />
      <div className="detail-grid">
        <div className="detail-main">
          <ArtifactPreview artifact={artifact} />
          <ArtifactDetailsForm key={artifact.id} artifact={artifact} portfolio={portfolio} />
          <ArtifactReviewSlot artifact={artifact} />
        </div>
        <div className="detail-side">
          <ArtifactFileCard
            artifact={artifact}
            removing={removeWithUndo.isPending}
            onRemove={(a) => {
              void removeWithUndo.remove(a).then((removed) => {
                if (removed) void navigate(paths.artifacts);
              });
            }}
          />
          <ArtifactReflections artifactId={artifact.id} reflections={reflections.data ?? []} />
          <ErrorAlert error={reflections.error} />
        </div>
      </div>
    </Page>
  );
}
