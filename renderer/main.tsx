import { detectTransport } from './api/transport';
import { startApp } from './app/start-app';
import './styles/tokens.css';
import './styles/base.css';
import './styles/controls.css';
import './styles/components.css';
import './styles/layout.css';

// The host is chosen once, before anything renders: Electron's bridge or the browser host.
startApp(detectTransport(window));
