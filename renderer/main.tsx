// The entry point stays tiny on purpose: it asks the core for the first screen's data before the
// app's own code (React, the router, the schemas: most of the start-up time) has even loaded.
import { detectTransport } from './api/transport';
import './styles/theme.css';
import './styles/layout.css';

const detected = detectTransport(window);
const early = {
  portfolio: detected.transport('portfolio-get', {}),
  appInfo: detected.transport('app-info', {}),
};
// Checked later by the app; until then a failure must not count as unhandled.
early.portfolio.catch(() => undefined);
early.appInfo.catch(() => undefined);

void import('./app/start-app').then(({ startApp }) => startApp(detected, early));
