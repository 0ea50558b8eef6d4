import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createInvoke } from '../api/client';
import { browserArtifactFiles, electronArtifactFiles } from '../api/artifact-files';
import { browserBundleFiles, electronBundleFiles } from '../api/bundle-files';
import type { DetectedTransport } from '../api/transport';
import { createQueryClient } from '../data/query-client';
import { appInfoQuery } from '../data/use-app-info';
import { identityQuery } from '../data/use-identity';
import { portfolioQuery } from '../data/use-portfolio';
import { App } from './App';

/** Renders the app into #root; the first screen's data is asked for before React starts. */
export function startApp(detected: DetectedTransport): void {
  const invoke = createInvoke(detected.transport);
  const artifactFiles =
    detected.kind === 'electron'
      ? electronArtifactFiles(detected.bridge)
      : browserArtifactFiles(detected.token);
  // Created once, before React: Electron's bridge takes its "bundle opened" listener only once.
  const bundleFiles =
    detected.kind === 'electron'
      ? electronBundleFiles(detected.bridge)
      : browserBundleFiles(detected.token, invoke);
  const queryClient = createQueryClient();
  void queryClient.prefetchQuery(portfolioQuery(invoke));
  void queryClient.prefetchQuery(appInfoQuery(invoke));
  void queryClient.prefetchQuery(identityQuery(invoke));

  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element.');
  createRoot(container).render(
    <StrictMode>
      <App
        invoke={invoke}
        artifactFiles={artifactFiles}
        bundleFiles={bundleFiles}
        queryClient={queryClient}
      />
    </StrictMode>,
  );
}
