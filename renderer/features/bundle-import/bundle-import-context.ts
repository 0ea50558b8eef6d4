import { createContext, useContext } from 'react';
import type { ImportOutcome } from './use-import-slot';

export interface BundleImport {
  /** Start importing a chosen or dropped .ctoportfolio file. */
  importFile(file: File): void;
  /** What the last import came to, for the shell's status region. */
  outcome: ImportOutcome;
  dismissOutcome(): void;
}

export const BundleImportContext = createContext<BundleImport | null>(null);

export function useBundleImport(): BundleImport {
  const value = useContext(BundleImportContext);
  if (!value) throw new Error('useBundleImport must be used inside <BundleImportProvider>.');
  return value;
}
