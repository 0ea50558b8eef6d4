import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createInvoke } from './api/client';
import { detectHost } from './api/transport';
import { App } from './app/App';
import { createQueryClient } from './data/query-client';
import { appInfoQuery } from './data/use-app-info';
import { portfolioQuery } from './data/use-portfolio';
import './styles/theme.css';
import './styles/layout.css';

// The host is chosen once, before anything renders: Electron's bridge or the browser host.
const host = detectHost(window);
const invoke = createInvoke(host.transport);

// Ask the core for the first screen's data now, while React and the router are still starting.
const queryClient = createQueryClient();
void queryClient.prefetchQuery(portfolioQuery(invoke));
void queryClient.prefetchQuery(appInfoQuery(invoke));

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');
createRoot(container).render(
  <StrictMode>
    <App invoke={invoke} artifactFiles={host.artifactFiles} queryClient={queryClient} />
  </StrictMode>,
);
