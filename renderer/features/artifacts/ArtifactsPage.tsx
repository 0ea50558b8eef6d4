import { Page } from '../../components/Page';
import { liveArtifacts } from '../../data/live-records';
import { useArtifactUploads } from '../../data/use-artifact-uploads';
import { useLoadedPortfolio } from '../../data/use-loaded-portfolio';
import { artifactStrings } from './strings';
import { ArtifactCard } from './ArtifactCard';
import { DropZone } from './DropZone';
import { UploadList } from './UploadList';
import './artifacts.css';
import { EditOnly } from '../../components/EditOnly';

/** Add files (drop or choose), watch them arrive, and every artifact as a grid of cards. */
export function ArtifactsPage() {
  const portfolio = useLoadedPortfolio();
  const uploads = useArtifactUploads();
  const artifacts = liveArtifacts(portfolio);
  const text = artifactStrings;
  return (
    <Page title={text.title}>
      <p className="lead">{text.intro}</p>
      <EditOnly>
        <DropZone onFiles={uploads.add} />
        <UploadList
          uploads={uploads.uploads}
          canCancel={uploads.canCancel}
          onCancel={uploads.cancel}
          onClearFinished={uploads.clearFinished}
        />
      </EditOnly>
      <p className="muted">{text.count(artifacts.length)}</p>
      {artifacts.length === 0 ? (
        <p>{text.empty}</p>
      ) : (
        <ul className="artifact-grid">
          {artifacts.map((artifact) => (
            <ArtifactCard key={artifact.id} artifact={artifact} />
          ))}
        </ul>
      )}
    </Page>
  );
}
