// Entry of `npm start` (after the build): the desktop app when the Electron runtime is here,
// otherwise the same app in the browser, said in one line.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import path from 'node:path';
import { defaultDataDir, UserError } from '../core';
import {
  describeDownloadFailure,
  electronChildEnv,
  fallbackNotice,
  locateElectronBinary,
  type RuntimeProbe,
} from './electron-runtime';
import { serveApp } from '../host/serve-app';
import { builtRendererDir, findPackageRoot } from '../shell-common/package-root';

const DOWNLOAD_TIMEOUT_SECONDS = 60;
/** `CTO_PORTFOLIO_HOST=browser npm start` serves the app in the browser even where Electron runs. */
const HOST_ENV = 'CTO_PORTFOLIO_HOST';

const packageRoot = findPackageRoot(import.meta.url);

function electronPackageDir(): string | null {
  try {
    const manifest = createRequire(path.join(packageRoot, 'package.json')).resolve(
      'electron/package.json',
    );
    return path.dirname(manifest);
  } catch {
    return null;
  }
}

function probe(packageDir: string | null): RuntimeProbe {
  return {
    packageDir,
    env: process.env,
    exists: existsSync,
    readText: (filePath) => {
      try {
        return readFileSync(filePath, 'utf8');
      } catch {
        return null;
      }
    },
  };
}

/** The electron package's own installer, run once on purpose with its output kept to ourselves. */
function tryDownload(packageDir: string): string {
  const result = spawnSync(process.execPath, [path.join(packageDir, 'install.js')], {
    cwd: packageDir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: DOWNLOAD_TIMEOUT_SECONDS * 1000,
  });
  const timedOut = (result.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT';
  return describeDownloadFailure(
    {
      status: result.status,
      timedOut,
      startError: result.error && !timedOut ? result.error.message : undefined,
      stderr: result.stderr ?? '',
    },
    DOWNLOAD_TIMEOUT_SECONDS,
  );
}

/** The Electron binary, fetched if need be, or the reason it cannot be had. */
function findOrFetchElectron(): { binary: string } | { reason: string } {
  const packageDir = electronPackageDir();
  if (packageDir === null) return { reason: 'the electron package is not installed' };
  const present = locateElectronBinary(probe(packageDir));
  if (present !== null) return { binary: present };
  const failure = tryDownload(packageDir);
  const fetched = locateElectronBinary(probe(packageDir));
  return fetched !== null ? { binary: fetched } : { reason: failure };
}

function runElectron(binary: string): void {
  // The package root, not main.js: Electron then takes the app's name, version and userData
  // folder from package.json, exactly as in the installed app.
  const child = spawn(binary, [packageRoot], {
    stdio: 'inherit',
    env: electronChildEnv(process.env),
  });
  const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
  process.on('SIGINT', forward('SIGINT'));
  process.on('SIGTERM', forward('SIGTERM'));
  child.on('error', (error) => {
    console.error(`Could not start Electron (${error.message}).`);
    process.exitCode = 1;
  });
  child.on('exit', (code, signal) => {
    process.exit(code ?? (signal ? 1 : 0));
  });
}

async function runInBrowser(): Promise<void> {
  const served = await serveApp({
    dataDir: defaultDataDir({ platform: process.platform, env: process.env, homedir: homedir() }),
    rendererDir: builtRendererDir(packageRoot),
  });
  console.log(`Open ${served.url} in your browser (Ctrl+C stops the app).`);
  const stop = (): void => {
    process.once('SIGINT', () => process.exit(130)); // a second Ctrl+C leaves at once
    served.close().then(
      () => process.exit(0),
      (error: unknown) => fail(error),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

function fail(error: unknown): void {
  console.error(error instanceof UserError ? error.message : error);
  process.exit(1);
}

if (process.env[HOST_ENV] === 'browser') {
  runInBrowser().catch(fail);
} else {
  const electron = findOrFetchElectron();
  if ('binary' in electron) {
    runElectron(electron.binary);
  } else {
    console.log(fallbackNotice(electron.reason));
    runInBrowser().catch(fail);
  }
}
