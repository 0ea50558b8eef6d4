import { execFile } from 'node:child_process';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../support/temp-dir';

const root = join(import.meta.dirname, '..', '..', '..');
const require = createRequire(import.meta.url);

/** Electron's fuse wire marker, then version 1 and 8 fuses as a new Electron binary has them. */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const ELECTRON_DEFAULT_WIRE = '10110001';

/**
 * A stand-in for the Electron runtime, which cannot be downloaded here: an executable whose bytes
 * carry the fuse wire as Electron's do, so electron-builder flips the fuses in it for real.
 */
async function standInElectron(dir: string): Promise<void> {
  const binary = Buffer.concat([
    Buffer.from('#!/bin/sh\necho "stand-in for the Electron runtime"\nexit 0\n'),
    Buffer.alloc(32),
    Buffer.from(SENTINEL, 'ascii'),
    Buffer.from([1, ELECTRON_DEFAULT_WIRE.length]),
    Buffer.from(ELECTRON_DEFAULT_WIRE, 'ascii'),
    Buffer.alloc(32),
  ]);
  await writeFile(join(dir, 'electron'), binary);
  await chmod(join(dir, 'electron'), 0o755);
}

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let appDir: string;

beforeAll(async () => {
  temp = await makeTempDir('cto-package-');
  const electronDist = join(temp.path, 'electron-dist');
  await mkdir(electronDist);
  await standInElectron(electronDist);
  // The renderer is built by `npm test` before Vitest; the Node side is built here, as `npm start` does.
  await promisify(execFile)(process.execPath, [join(root, 'build', 'build-electron.mjs')]);
  const { build, Platform } = require('electron-builder');
  const config = require(join(root, 'build', 'electron-builder.config.cjs'));
  await build({
    projectDir: root,
    targets: Platform.LINUX.createTarget('dir'),
    config: {
      ...config,
      electronDist,
      electronVersion: require(join(root, 'node_modules', 'electron', 'package.json')).version,
      directories: { ...config.directories, output: join(temp.path, 'release') },
    },
  });
  appDir = join(temp.path, 'release', 'linux-unpacked');
}, 120_000);

afterAll(async () => {
  await temp?.remove();
});

describe('the unpacked app electron-builder makes (--dir, Linux)', () => {
  it('archives the built app and the production dependencies, and nothing else', () => {
    const files = new Set(listPackage(join(appDir, 'resources', 'app.asar'), { isPack: false }));
    for (const file of [
      '/package.json',
      '/dist/electron/main.js',
      '/dist/electron/preload.cjs',
      '/dist/renderer/index.html',
      '/node_modules/zod/package.json',
      '/node_modules/lowdb/package.json',
      '/node_modules/yauzl/package.json',
    ]) {
      expect(files, file).toContain(file);
    }
    const all = [...files];
    // Our sources stay out (a dependency may ship its own, as zod does).
    const ours = all.filter((f) => !f.startsWith('/node_modules/'));
    expect(ours.filter((f) => /\.tsx?$/.test(f))).toEqual([]);
    expect(ours.filter((f) => f.endsWith('.map'))).toEqual([]);
    for (const absent of ['/test', '/docs', '/electron', '/renderer', '/shared', '/build']) {
      expect(
        all.filter((f) => f === absent || f.startsWith(`${absent}/`)),
        absent,
      ).toEqual([]);
    }
    for (const devOnly of [
      'vitest',
      'electron',
      'electron-builder',
      'react',
      'vite',
      'playwright-core',
    ]) {
      expect(files.has(`/node_modules/${devOnly}`), devOnly).toBe(false);
    }
  });

  it('flips the fuses in the app binary as the configuration says', async () => {
    const wire = await getCurrentFuseWire(join(appDir, 'cto-mentor-portfolio'));
    const on = (fuse: FuseV1Options) => String.fromCharCode(wire[fuse]!) === '1';
    expect(on(FuseV1Options.RunAsNode)).toBe(false);
    expect(on(FuseV1Options.EnableCookieEncryption)).toBe(true);
    expect(on(FuseV1Options.EnableNodeOptionsEnvironmentVariable)).toBe(false);
    expect(on(FuseV1Options.EnableNodeCliInspectArguments)).toBe(false);
    expect(on(FuseV1Options.EnableEmbeddedAsarIntegrityValidation)).toBe(true);
    expect(on(FuseV1Options.OnlyLoadAppFromAsar)).toBe(true);
    expect(on(FuseV1Options.GrantFileProtocolExtraPrivileges)).toBe(false);
  });
});
