import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { _electron } from 'playwright-core';
import { afterEach, expect, test } from 'vitest';
import { BRIDGE_GLOBAL } from '@shared/contract/transport';
import { electronChildEnv, locateElectronBinary } from '../../electron/launch/electron-runtime';
import { APP_START_URL } from '../../electron/shell-common/app-origin';

/**
 * The one test that runs the real Electron shell: the window opens on the app's own protocol,
 * the page has no Node, and the preload's bridge reaches the core over IPC. Where no Electron
 * runtime exists (this project's CI), it is skipped — visibly, with the reason in its name.
 */

const root = path.resolve(import.meta.dirname, '../..');

function electronBinary(): string | null {
  let packageDir: string | null;
  try {
    packageDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    packageDir = null;
  }
  return locateElectronBinary({
    packageDir,
    env: process.env,
    exists: existsSync,
    readText: (filePath) => (existsSync(filePath) ? readFileSync(filePath, 'utf8') : null),
  });
}

const binary = electronBinary();
const noDisplay =
  process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const skipReason =
  binary === null
    ? { long: 'no Electron runtime on this machine', short: 'no Electron runtime here' }
    : noDisplay
      ? { long: 'no display to open a window on', short: 'no display here' }
      : null;
if (skipReason) console.warn(`Electron smoke test skipped: ${skipReason.long}`);

let dataDir: string | undefined;
afterEach(async () => {
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

test.skipIf(skipReason !== null)(
  skipReason ? `launches the app window (skipped: ${skipReason.short})` : 'launches the app window',
  async () => {
    expect(
      existsSync(path.join(root, 'dist', 'renderer', 'index.html')),
      'run `npm run build:renderer` first',
    ).toBe(true);
    await promisify(execFile)(process.execPath, ['build/build-electron.mjs'], { cwd: root });
    dataDir = await mkdtemp(path.join(tmpdir(), 'electron-smoke-'));

    const app = await _electron.launch({
      executablePath: binary!,
      args: [root],
      env: { ...electronChildEnv(process.env), CTO_PORTFOLIO_DATA: dataDir },
    });
    try {
      const window = await app.firstWindow();
      await window.waitForLoadState('domcontentloaded');
      expect(window.url()).toBe(APP_START_URL);
      expect(
        await window.evaluate(() => typeof (globalThis as { require?: unknown }).require),
      ).toBe('undefined');

      const info = await window.evaluate(async (bridgeName) => {
        const bridge = (globalThis as Record<string, unknown>)[bridgeName] as Record<
          string,
          (input: unknown) => Promise<unknown>
        >;
        return bridge['app-info']!({});
      }, BRIDGE_GLOBAL);
      expect(info).toMatchObject({ ok: true, result: { host: 'electron', dataDir } });

      await expect
        .poll(() => window.evaluate(() => document.body.innerText.trim().length))
        .toBeGreaterThan(0);
    } finally {
      await app.close();
    }
  },
);
