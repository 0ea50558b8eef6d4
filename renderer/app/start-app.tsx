import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { checkedAnswer, createInvoke } from '../api/client';
import { browserArtifactFiles, electronArtifactFiles } from '../api/artifact-files';
import type { DetectedTransport } from '../api/transport';
import { createQueryClient } from '../data/query-client';
import { appInfoQuery } from '../data/use-app-info';
import { portfolioQuery } from '../data/use-portfolio';
import { App } from './App';

/** Answers main.tsx asked for before the app loaded, still unchecked. */
export interface EarlyAnswers {
  portfolio: Promise<unknown>;
  appInfo: Promise<unknown>;
}

/** Renders the app into #root, with the early answers as the first data of their queries. */
export function startApp(detected: DetectedTransport, early: EarlyAnswers): void {
  const invoke = createInvoke(detected.transport);
  const artifactFiles =
    detected.kind === 'electron'
      ? electronArtifactFiles(detected.bridge)
      : browserArtifactFiles(detected.token);
  const queryClient = createQueryClient();
  void queryClient.prefetchQuery({
    ...portfolioQuery(invoke),
    queryFn: () => checkedAnswer('portfolio-get', early.portfolio),
  });
  void queryClient.prefetchQuery({
    ...appInfoQuery(invoke),
    queryFn: () => checkedAnswer('app-info', early.appInfo),
  });

  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element.');
  createRoot(container).render(
    <StrictMode>
      <App invoke={invoke} artifactFiles={artifactFiles} queryClient={queryClient} />
    </StrictMode>,
  );
}
