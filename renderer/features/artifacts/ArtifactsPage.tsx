import { Page } from '../../components/Page';
import { liveArtifacts } from '../../data/live-records';
import { useArtifactUploads } from '../../data/use-artifact-uploads';
import { useLoadedPortfolio } from '../../data/use-loaded-portfolio';
import { artifactStrings } from './strings';
import { ARTIFACT_COLUMNS, ArtifactRow } from './ArtifactRow';
import { RowList, RowTable } from '../../components/RowList';
import { DropZone } from './DropZone';
import { UploadList } from './UploadList';
import './artifacts.css';
import { EditOnly } from '../../components/EditOnly';

/** Add files (drop or choose), watch them arrive, and every artifact as one line each. */
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
        <RowTable columns={ARTIFACT_COLUMNS}>
          <RowList label={text.title}>
            {artifacts.map((artifact) => (
              <ArtifactRow key={artifact.id} artifact={artifact} />
            ))}
          </RowList>
        </RowTable>
      )}
    </Page>
  );
}
