import { detectTransport } from './api/transport';
import { startApp } from './app/start-app';
import './styles/theme.css';
import './styles/layout.css';

// The host is chosen once, before anything renders: Electron's bridge or the browser host.
startApp(detectTransport(window));
