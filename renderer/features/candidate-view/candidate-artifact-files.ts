import { artifactEntryPath } from '@shared/bundle/bundle-schemas';
import { reviewedSitePath } from '@shared/contract/transport';
import type { Artifact } from '@shared/domain/artifact';
import { ApiError } from '../../api/api-error';
import type { ArtifactFiles } from '../../api/artifact-files';
import { candidateViewStrings } from './strings';

/**
 * A candidate's artifact files, as the host serves the reviewed copy's files (by SHA-256 under
 * the reviewed site path, with the same type allowlist and sandbox as the user's own). Nothing
 * can be added, and nothing is handed to the operating system.
 */
export function candidateArtifactFiles(
  siteAccess: string,
  portfolioId: string,
  artifacts: readonly Artifact[],
): ArtifactFiles {
  const shaOf = new Map(artifacts.map((a) => [a.id, a.sha256]));
  return {
    url: (id, options) => {
      const path = reviewedSitePath(
        siteAccess,
        portfolioId,
        artifactEntryPath(shaOf.get(id) ?? ''),
      );
      return options?.download ? `${path}?download=1` : path;
    },
    canTrackUploads: false,
    addFile: () => Promise.reject(new ApiError('read-only', candidateViewStrings.refused)),
    openWithSystem: null,
    showInFolder: null,
  };
}
