import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNELS } from '@shared/contract/contract';
import {
  ARTIFACT_OPEN_IPC,
  ARTIFACT_SHOW_IPC,
  BUNDLE_OPENED_IPC,
  EXPORT_DESTINATION_IPC,
} from '@shared/contract/transport';
import { APP_START_URL } from '../../../electron/shell-common/app-origin';
import { CONTENT_SECURITY_POLICY } from '../../../electron/shell-common/content-security-policy';
import { builtApp } from './built-app';

let temp: string;
beforeEach(async () => {
  temp = await mkdtemp(path.join(tmpdir(), 'main-wiring-'));
});
afterEach(async () => {
  await rm(temp, { recursive: true, force: true });
});

/**
 * No Electron runs here, so the built main.js runs under Node against a stand-in 'electron'
 * (fake-electron/): what it proves is the wiring of main.ts — which decisions reach which events.
 */
describe('main.js, the composition root', () => {
  it('opens the window on app://, with its guards, and answers only the window over IPC', async () => {
    const app = await builtApp(path.join(temp, 'app'), {
      bundles: ['main', 'preload'],
      electronModule: path.join(import.meta.dirname, 'fake-electron'),
    });
    const dataDir = path.join(temp, 'user-data');
    const reportFile = path.join(temp, 'report.json');
    const child = spawn(process.execPath, [path.join(app, 'dist', 'electron', 'main.js')], {
      env: {
        ...process.env,
        FAKE_USER_DATA: dataDir,
        FAKE_ELECTRON_REPORT: reportFile,
        CTO_PORTFOLIO_DATA: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code, stderr).toBe(0);
    const report = JSON.parse(await readFile(reportFile, 'utf8'));

    expect(report.privileged).toEqual([
      {
        scheme: 'app',
        privileges: {
          standard: true,
          secure: true,
          supportFetchAPI: true,
          corsEnabled: true,
          stream: true,
        },
      },
    ]);
    expect(report.window.webPreferences).toMatchObject({
      preload: path.join(app, 'dist', 'electron', 'preload.cjs'),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
    expect(report.loadedUrl).toBe(APP_START_URL);
    expect(report.page).toEqual({
      status: 200,
      csp: CONTENT_SECURITY_POLICY,
      body: '<!doctype html><title>Built page</title>',
    });

    expect([...report.ipcChannels].sort()).toEqual(
      [...CHANNELS, ARTIFACT_OPEN_IPC, ARTIFACT_SHOW_IPC, EXPORT_DESTINATION_IPC].sort(),
    );
    expect(report.fromWindow).toMatchObject({
      ok: true,
      result: { host: 'electron', version: '1.2.3', dataDir },
    });
    expect(report.fromStranger).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect((await readdir(dataDir)).length).toBeGreaterThan(0);

    expect(report.navigationPrevented).toBe(true);
    expect(report.windowOpen).toEqual([{ action: 'deny' }, { action: 'deny' }]);
    expect(report.openedExternally).toEqual(['https://example.com/']);
    expect(report.permissionRequest).toBe(false);
    expect(report.permissionCheck).toBe(false);
    expect(report.menuRoles).toEqual(['File', 'Edit', 'View', 'window', 'help']);
    expect(report.menuItems).toEqual(
      expect.arrayContaining(['undo', 'paste', 'zoomIn', 'togglefullscreen', 'Report a Problem…']),
    );
    // The window opens where the last one was, or centred at the default size the first time.
    expect(report.window).toMatchObject({ x: 80, y: 8, width: 1280, height: 860 });
    expect(report.errorBox).toBeNull();
  });

  it('inspects a bundle named on the command line and tells the page the job', async () => {
    const app = await builtApp(path.join(temp, 'app'), {
      bundles: ['main', 'preload'],
      electronModule: path.join(import.meta.dirname, 'fake-electron'),
    });
    const bundle = path.join(temp, 'Jordan.ctoportfolio');
    await writeFile(bundle, 'this is not a zip file');
    const reportFile = path.join(temp, 'report.json');
    const child = spawn(
      process.execPath,
      [path.join(app, 'dist', 'electron', 'main.js'), '--some-flag', bundle],
      {
        env: {
          ...process.env,
          FAKE_USER_DATA: path.join(temp, 'user-data'),
          FAKE_ELECTRON_REPORT: reportFile,
          FAKE_EXPECT_BUNDLE: '1',
          CTO_PORTFOLIO_DATA: '',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code, stderr).toBe(0);
    const report = JSON.parse(await readFile(reportFile, 'utf8'));
    expect(report.bundleOpened).toMatchObject({
      channel: BUNDLE_OPENED_IPC,
      status: {
        ok: true,
        result: {
          kind: 'bundle-import-inspect',
          state: 'failed',
          error: expect.stringMatching(/not a (zip|CTO Mentor Portfolio)/i),
        },
      },
    });
  });
});
