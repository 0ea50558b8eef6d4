// What the browser tests need, from one import: the app, a browser, and the accessibility check.
export { expectNoAxeViolations, WCAG_21_AA_TAGS } from './axe';
export { CHROMIUM_PATH, launchChromium, type LaunchedChromium } from './launch-chromium';
export { startApp, type StartAppOptions, type StartedApp } from './start-app';
