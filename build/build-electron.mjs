// Bundles everything that runs in Node or Electron into dist/electron/ (see `npm run build`).
//
// `node build/build-electron.mjs [--outdir DIR] [--only NAME,...]`
//
// npm packages stay external in the Node-side bundles: they are the app's `dependencies`, which
// electron-builder ships in node_modules inside the app archive, so bundling them again would
// only duplicate them; and several are CommonJS that `require` Node built-ins, which an ESM
// bundle cannot do. The preload is the exception: a sandboxed preload can require nothing but
// 'electron', so it carries everything it uses inside one CommonJS file.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Electron 45 runs Node 22 and Chromium 140; the plain-Node entries support Node 20.19. */
const nodeSide = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  target: 'node20.19',
};

export const BUNDLES = {
  main: {
    ...nodeSide,
    entryPoints: ['./electron/main/main.ts'],
    outfile: 'main.js',
    target: 'node22',
  },
  preload: {
    bundle: true,
    // 'browser': a Node built-in slipping into the preload fails the build instead of the app.
    platform: 'browser',
    format: 'cjs',
    external: ['electron'],
    target: 'chrome140',
    entryPoints: ['./electron/main/preload.ts'],
    outfile: 'preload.cjs',
    // It carries the contract's schemas (zod) to list the channels; parsed on every page load.
    minify: true,
  },
  start: { ...nodeSide, entryPoints: ['./electron/launch/start.ts'], outfile: 'start.js' },
  cli: {
    ...nodeSide,
    entryPoints: ['./electron/cli/main.ts'],
    outfile: 'cli.js',
    banner: { js: '#!/usr/bin/env node' },
  },
  serve: { ...nodeSide, entryPoints: ['./electron/host/serve.ts'], outfile: 'serve.js' },
};

const { values } = parseArgs({
  options: {
    outdir: { type: 'string', default: path.join(root, 'dist', 'electron') },
    only: { type: 'string' },
  },
});
const names = values.only ? values.only.split(',') : Object.keys(BUNDLES);
const unknown = names.filter((name) => !Object.hasOwn(BUNDLES, name));
if (unknown.length > 0) {
  console.error(
    `Unknown bundle ${unknown.join(', ')}; choose from ${Object.keys(BUNDLES).join(', ')}.`,
  );
  process.exit(2);
}

const outdir = path.resolve(values.outdir);
await Promise.all(
  names.map((name) => {
    const { outfile, ...options } = BUNDLES[name];
    return build({
      ...options,
      absWorkingDir: root,
      // The root tsconfig only lists project references; this one carries the @shared/* paths.
      tsconfig: path.join(root, 'tsconfig.electron.json'),
      outfile: path.join(outdir, outfile),
      logLevel: 'warning',
      legalComments: 'none',
    });
  }),
).catch(() => {
  // esbuild has already printed the errors with file and line.
  process.exit(1);
});
