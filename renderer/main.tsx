import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createInvoke } from './api/client';
import { detectHost } from './api/transport';
import { App } from './app/App';
import './styles/theme.css';
import './styles/layout.css';

// The host is chosen once, before anything renders: Electron's bridge or the browser host.
const host = detectHost(window);
const invoke = createInvoke(host.transport);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');
createRoot(container).render(
  <StrictMode>
    <App invoke={invoke} artifactFiles={host.artifactFiles} />
  </StrictMode>,
);
