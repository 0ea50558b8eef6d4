import { createContext, useContext, type ReactNode } from 'react';
import { noArtifactFiles, type ArtifactFiles } from './artifact-files';

const ArtifactFilesContext = createContext<ArtifactFiles>(noArtifactFiles);

export interface ArtifactFilesProviderProps {
  files: ArtifactFiles;
  children: ReactNode;
}

/** Gives the tree the host's way to add, show and open artifact files. */
export function ArtifactFilesProvider({ files, children }: ArtifactFilesProviderProps) {
  return <ArtifactFilesContext.Provider value={files}>{children}</ArtifactFilesContext.Provider>;
}

export function useArtifactFiles(): ArtifactFiles {
  return useContext(ArtifactFilesContext);
}
