import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  describeDownloadFailure,
  electronChildEnv,
  fallbackNotice,
  locateElectronBinary,
  type RuntimeProbe,
} from '../../../electron/launch/electron-runtime';

let packageDir: string;

beforeEach(async () => {
  packageDir = await mkdtemp(path.join(tmpdir(), 'electron-pkg-'));
});
afterEach(async () => {
  await rm(packageDir, { recursive: true, force: true });
});

function probe(env: Record<string, string> = {}): RuntimeProbe {
  return {
    packageDir,
    env,
    exists: existsSync,
    readText: (filePath) => (existsSync(filePath) ? readFileSync(filePath, 'utf8') : null),
  };
}

function installBinary(relative: string, distDir = path.join(packageDir, 'dist')): string {
  const binary = path.join(distDir, relative);
  mkdirSync(path.dirname(binary), { recursive: true });
  writeFileSync(binary, '');
  return binary;
}

describe('finding the Electron runtime', () => {
  it('finds nothing when the package never downloaded its binary (no path.txt)', () => {
    installBinary('electron');
    expect(locateElectronBinary(probe())).toBeNull();
  });

  it('finds nothing when path.txt names a binary that is gone', () => {
    writeFileSync(path.join(packageDir, 'path.txt'), 'electron');
    expect(locateElectronBinary(probe())).toBeNull();
  });

  it('finds the binary that path.txt names inside dist/', () => {
    writeFileSync(path.join(packageDir, 'path.txt'), 'Electron.app/Contents/MacOS/Electron');
    const binary = installBinary('Electron.app/Contents/MacOS/Electron');
    expect(locateElectronBinary(probe())).toBe(binary);
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like the electron package does', () => {
    writeFileSync(path.join(packageDir, 'path.txt'), 'electron');
    const shared = path.join(packageDir, 'shared-electron');
    const binary = installBinary('electron', shared);
    expect(locateElectronBinary(probe({ ELECTRON_OVERRIDE_DIST_PATH: shared }))).toBe(binary);
  });

  it('finds nothing when the electron package is not installed', () => {
    expect(locateElectronBinary({ ...probe(), packageDir: null })).toBeNull();
  });
});

describe('the fallback line', () => {
  it('quotes the first line of the installer error', () => {
    const reason = describeDownloadFailure(
      { status: 1, timedOut: false, stderr: '\nTypeError: fetch failed\n    at node:internal/x\n' },
      60,
    );
    expect(reason).toBe('the download failed: TypeError: fetch failed');
    expect(fallbackNotice(reason)).toBe(
      'The Electron runtime is not available on this machine (the download failed: TypeError: fetch failed); serving the app in your browser instead.',
    );
  });

  it('says when the download ran out of time', () => {
    expect(describeDownloadFailure({ status: null, timedOut: true, stderr: '' }, 60)).toBe(
      'the download did not finish within 60 s',
    );
  });

  it('says when the installer could not even start', () => {
    expect(
      describeDownloadFailure(
        { status: null, timedOut: false, startError: 'spawn EACCES', stderr: '' },
        60,
      ),
    ).toBe('the download could not start: spawn EACCES');
  });

  it('names the exit code when the installer said nothing', () => {
    expect(describeDownloadFailure({ status: 3, timedOut: false, stderr: '' }, 60)).toBe(
      'the download failed with exit code 3',
    );
  });

  it('stays one short line whatever the installer printed', () => {
    const reason = describeDownloadFailure(
      { status: 1, timedOut: false, stderr: `Error: ${'x'.repeat(5000)}\nmore` },
      60,
    );
    const line = fallbackNotice(reason);
    expect(line).not.toContain('\n');
    expect(reason.length).toBeLessThanOrEqual(160);
  });
});

describe('the environment Electron starts with', () => {
  it('drops ELECTRON_RUN_AS_NODE and keeps the rest', () => {
    expect(
      electronChildEnv({ ELECTRON_RUN_AS_NODE: '1', HOME: '/home/a', CTO_PORTFOLIO_DATA: '/d' }),
    ).toEqual({ HOME: '/home/a', CTO_PORTFOLIO_DATA: '/d' });
  });
});
