import { createContext, useContext, type ReactNode } from 'react';
import { noBundleFiles, type BundleFiles } from './bundle-files';

const BundleFilesContext = createContext<BundleFiles>(noBundleFiles);

export interface BundleFilesProviderProps {
  files: BundleFiles;
  children: ReactNode;
}

/** Gives the tree the host's way to import, export and show portfolio bundles. */
export function BundleFilesProvider({ files, children }: BundleFilesProviderProps) {
  return <BundleFilesContext.Provider value={files}>{children}</BundleFilesContext.Provider>;
}

export function useBundleFiles(): BundleFiles {
  return useContext(BundleFilesContext);
}
