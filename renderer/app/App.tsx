import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { createHashRouter, RouterProvider, type RouteObject } from 'react-router';
import type { Invoke } from '@shared/contract/contract';
import { ApiProvider } from '../api/api-context';
import { noArtifactFiles, type ArtifactFiles } from '../api/artifact-files';
import { ArtifactFilesProvider } from '../api/artifact-files-context';
import { noBundleFiles, type BundleFiles } from '../api/bundle-files';
import { BundleFilesProvider } from '../api/bundle-files-context';
import { createQueryClient } from '../data/query-client';
import { routes } from './routes';

export type CreateRouter = (routes: RouteObject[]) => ReturnType<typeof createHashRouter>;

export interface AppProps {
  invoke: Invoke;
  /**
   * Hash routing by default: Electron's custom protocol and the browser host serve index.html
   * only. Tests pass a memory router to start on any page.
   */
  createRouter?: CreateRouter;
  /** How artifact files are added and shown in this host; tests without files may leave it out. */
  artifactFiles?: ArtifactFiles | undefined;
  /** How bundles are imported and exported in this host; tests without bundles may leave it out. */
  bundleFiles?: BundleFiles | undefined;
  /** A data cache that may already be fetching (main.tsx starts the first queries early). */
  queryClient?: QueryClient;
}

/** The whole renderer: the api client, the data cache and the router. */
export function App({
  invoke,
  createRouter = createHashRouter,
  artifactFiles = noArtifactFiles,
  bundleFiles = noBundleFiles,
  queryClient: givenQueryClient,
}: AppProps) {
  const [queryClient] = useState(() => givenQueryClient ?? createQueryClient());
  const [router] = useState(() => createRouter(routes));
  return (
    <ApiProvider invoke={invoke}>
      <ArtifactFilesProvider files={artifactFiles}>
        <BundleFilesProvider files={bundleFiles}>
          <QueryClientProvider client={queryClient}>
            <RouterProvider router={router} />
          </QueryClientProvider>
        </BundleFilesProvider>
      </ArtifactFilesProvider>
    </ApiProvider>
  );
}
