import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { launchChromium, type LaunchedChromium } from './launch-chromium';
import { startApp, type StartedApp } from './start-app';

export interface BrowserAndApp {
  readonly chromium: LaunchedChromium;
  readonly app: StartedApp;
  /** The user's own files, outside the data folder: what they pick in the file dialog. */
  readonly desktop: string;
}

/**
 * One Chromium for the whole file (it is slow to start) and a fresh app on a new temporary data
 * folder (and a folder of the user's own files) for every test, so tests never see each other's
 * data. Call at the top of a test file.
 */
export function browserAndAppPerTest(): BrowserAndApp {
  let chromium: LaunchedChromium | undefined;
  let app: StartedApp | undefined;
  let desktop: string | undefined;
  beforeAll(async () => {
    chromium = await launchChromium();
  });
  afterAll(async () => {
    await chromium?.close();
  });
  beforeEach(async () => {
    desktop = await mkdtemp(join(tmpdir(), 'cto-e2e-files-'));
    app = await startApp();
  });
  afterEach(async () => {
    await app?.close();
    app = undefined;
    if (desktop) await rm(desktop, { recursive: true, force: true });
    desktop = undefined;
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is only there inside a test.`);
    return value;
  };
  return {
    get chromium() {
      return started(chromium, 'Chromium');
    },
    get app() {
      return started(app, 'The app');
    },
    get desktop() {
      return started(desktop, 'The desktop folder');
    },
  };
}
