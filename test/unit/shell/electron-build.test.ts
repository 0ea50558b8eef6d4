import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import vm from 'node:vm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNELS } from '@shared/contract/contract';
import {
  ARTIFACT_OPEN_IPC,
  ARTIFACT_SHOW_IPC,
  BRIDGE_GLOBAL,
  BUNDLE_OPENED_IPC,
  EXPORT_DESTINATION_IPC,
  REVIEW_OPENED_IPC,
} from '@shared/contract/transport';

/** The desktop-only functions beside the contract's channels (shared/contract/transport.ts). */
const DESKTOP_FUNCTIONS = [
  'addDroppedFiles',
  'openArtifact',
  'showArtifactInFolder',
  'inspectDroppedBundle',
  'chooseExportDestination',
  'onBundleOpened',
  'inspectDroppedReview',
  'onReviewOpened',
];

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../../..');

let outdir: string;
beforeEach(async () => {
  outdir = await mkdtemp(path.join(tmpdir(), 'electron-build-'));
});
afterEach(async () => {
  await rm(outdir, { recursive: true, force: true });
});

async function buildElectron(...args: string[]): Promise<void> {
  await run(process.execPath, ['build/build-electron.mjs', '--outdir', outdir, ...args], {
    cwd: root,
  });
}

/** Run a bundle the way a sandboxed preload runs: CommonJS, with only what `require` returns. */
function runPreload(code: string) {
  const required: string[] = [];
  const exposed: Array<[string, unknown]> = [];
  const invoked: Array<[string, unknown]> = [];
  const listeners = new Map<string, (event: unknown, payload: unknown) => void>();
  const electron = {
    // Electron knows the path of a File the user dropped or chose; a made-up File has none.
    webUtils: { getPathForFile: (file: { path?: string }) => file.path ?? '' },
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.push([key, api]) },
    ipcRenderer: {
      invoke: (channel: string, input: unknown) => {
        invoked.push([channel, input]);
        return Promise.resolve({ ok: true, result: channel });
      },
      on: (channel: string, listener: (event: unknown, payload: unknown) => void) => {
        listeners.set(channel, listener);
      },
    },
  };
  const fakeRequire = (name: string) => {
    required.push(name);
    if (name !== 'electron') throw new Error(`a sandboxed preload cannot require ${name}`);
    return electron;
  };
  const module = { exports: {} };
  // vm.Script refuses `import`/`export`: only a CommonJS file gets past this line.
  const wrapper = new vm.Script(`(function (require, module, exports) {${code}\n})`);
  wrapper.runInNewContext({})(fakeRequire, module, module.exports);
  return { required, exposed, invoked, listeners };
}

describe('the preload bundle', () => {
  it('is one CommonJS file that requires only electron and exposes the contract and the desktop file functions', async () => {
    await buildElectron('--only', 'preload');
    const { required, exposed, invoked } = runPreload(
      await readFile(path.join(outdir, 'preload.cjs'), 'utf8'),
    );

    expect(required).toEqual(['electron']);
    expect(exposed.map(([key]) => key)).toEqual([BRIDGE_GLOBAL]);
    const bridge = exposed[0]?.[1] as Record<string, (input: unknown) => Promise<unknown>>;
    expect(Object.keys(bridge).sort()).toEqual([...CHANNELS, ...DESKTOP_FUNCTIONS].sort());
    expect(Object.isFrozen(bridge)).toBe(true);

    await expect(bridge['log-delete']?.({ id: 'log-1' })).resolves.toEqual({
      ok: true,
      result: 'log-delete',
    });
    expect(invoked).toEqual([['log-delete', { id: 'log-1' }]]);
  });

  it('adds dropped files by the paths Electron knows, and opens artifacts by id only', async () => {
    await buildElectron('--only', 'preload');
    const { exposed, invoked } = runPreload(
      await readFile(path.join(outdir, 'preload.cjs'), 'utf8'),
    );
    const bridge = exposed[0]?.[1] as Record<string, (input: unknown) => Promise<unknown>>;

    await bridge.addDroppedFiles?.([{ path: '/home/me/plan.pdf' }, { path: '/home/me/a.png' }]);
    await bridge.openArtifact?.('artifact-1');
    await bridge.showArtifactInFolder?.('artifact-2');
    expect(invoked).toEqual([
      ['artifact-add-paths', { paths: ['/home/me/plan.pdf', '/home/me/a.png'] }],
      [ARTIFACT_OPEN_IPC, { id: 'artifact-1' }],
      [ARTIFACT_SHOW_IPC, { id: 'artifact-2' }],
    ]);
  });

  it('refuses files a page made up, which have no path on disk', async () => {
    await buildElectron('--only', 'preload');
    const { exposed, invoked } = runPreload(
      await readFile(path.join(outdir, 'preload.cjs'), 'utf8'),
    );
    const bridge = exposed[0]?.[1] as Record<string, (input: unknown) => Promise<unknown>>;
    await expect(bridge.addDroppedFiles?.([{ path: '/home/me/plan.pdf' }, {}])).resolves.toEqual({
      ok: false,
      error: {
        code: 'invalid-input',
        message: 'Only files from your computer can be added; drop or choose them again.',
      },
    });
    expect(invoked).toEqual([]);
  });
});

describe('the preload bundle and bundles', () => {
  it('inspects a dropped bundle by its path, asks main for a save dialog, and passes on only job ids', async () => {
    await buildElectron('--only', 'preload');
    const { exposed, invoked, listeners } = runPreload(
      await readFile(path.join(outdir, 'preload.cjs'), 'utf8'),
    );
    const bridge = exposed[0]?.[1] as Record<string, (input: unknown) => Promise<unknown>>;
    const opened: unknown[] = [];
    (bridge.onBundleOpened as unknown as (listener: (s: unknown) => void) => void)((started) =>
      opened.push(started),
    );

    await bridge.inspectDroppedBundle?.({ path: '/home/me/Jordan.ctoportfolio' });
    await expect(bridge.inspectDroppedBundle?.({})).resolves.toMatchObject({ ok: false });
    await bridge.chooseExportDestination?.('Jordan portfolio.ctoportfolio');
    listeners.get(BUNDLE_OPENED_IPC)?.({ sender: 'electron internals' }, { jobId: 'job-1' });
    listeners.get(BUNDLE_OPENED_IPC)?.({}, { jobId: 42, path: '/etc/passwd' });

    expect(invoked).toEqual([
      ['bundle-import-inspect', { source: { kind: 'path', path: '/home/me/Jordan.ctoportfolio' } }],
      [EXPORT_DESTINATION_IPC, { suggestedName: 'Jordan portfolio.ctoportfolio' }],
    ]);
    expect(opened).toEqual([{ jobId: 'job-1' }]);
  });

  it('inspects a dropped review file by its path and passes on only a well-formed summary', async () => {
    await buildElectron('--only', 'preload');
    const { exposed, invoked, listeners } = runPreload(
      await readFile(path.join(outdir, 'preload.cjs'), 'utf8'),
    );
    const bridge = exposed[0]?.[1] as Record<string, (input: unknown) => Promise<unknown>>;
    const opened: unknown[] = [];
    (bridge.onReviewOpened as unknown as (listener: (s: unknown) => void) => void)((summary) =>
      opened.push(summary),
    );
    await bridge.inspectDroppedReview?.({ path: '/home/me/From Morgan.ctoreview' });
    await expect(bridge.inspectDroppedReview?.({})).resolves.toMatchObject({ ok: false });
    const summary = {
      inspectionId: 'insp-1',
      fileName: 'From Morgan.ctoreview',
      fileBytes: 1200,
      reviewer: { reviewerId: 'mentor-1', name: 'Morgan Reyes', role: 'mentor' },
      portfolioId: 'portfolio-1',
      exportedAt: '2026-11-02T09:00:00.000Z',
      outcome: 'new',
      keptExportedAt: null,
      counts: { grades: 1, comments: 0, reports: 0 },
      news: [],
      sentence: 'This review brings 1 grade.',
    };
    listeners.get(REVIEW_OPENED_IPC)?.({}, summary);
    listeners.get(REVIEW_OPENED_IPC)?.({}, { ...summary, inspectionId: '../x' });
    expect(invoked).toEqual([
      [
        'review-import-inspect',
        { source: { kind: 'path', path: '/home/me/From Morgan.ctoreview' } },
      ],
    ]);
    expect(opened).toEqual([summary]);
  });
});

describe('build/build-electron.mjs', () => {
  it('builds all five entry points: ESM for Node, the CLI runnable as a command', async () => {
    await buildElectron();
    const read = (name: string) => readFile(path.join(outdir, name), 'utf8');

    const main = await read('main.js');
    expect(main).toMatch(/^import \{[^}]*\bapp\b[^}]*\} from "electron";$/m);
    expect(main).not.toContain('@shared/');
    for (const name of ['main.js', 'start.js', 'cli.js', 'serve.js']) {
      const code = await read(name);
      // ESM, and no CommonJS package folded in (esbuild's __require shim fails at run time).
      expect(code, name).toMatch(/^import .* from "[^"]+";$/m);
      expect(code, name).not.toContain('__require');
      expect(code, name).not.toContain('module.exports');
    }
    expect(await read('cli.js')).toMatch(/^#!\/usr\/bin\/env node\n/);
    expect(await read('preload.cjs')).toMatch(/require\("electron"\)/);
  });

  it('refuses a bundle name it does not know', async () => {
    await expect(buildElectron('--only', 'mian')).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('Unknown bundle mian'),
    });
  });
});

describe('build/electron-builder.config.cjs', () => {
  const require = createRequire(import.meta.url);
  const config = require('../../../build/electron-builder.config.cjs') as {
    productName: string;
    fileAssociations: Array<{ ext: string }>;
  };

  it('is a configuration electron-builder accepts', async () => {
    // electron-builder's own schema check, the first thing `npm run dist` does.
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
      validateConfiguration(config: unknown, logger: unknown): Promise<void>;
    };
    const { DebugLogger } = require('builder-util') as {
      DebugLogger: new (on: boolean) => unknown;
    };
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('names the product and claims both file types of the app', () => {
    expect(config.productName).toBe('CTO Mentor Portfolio');
    expect(config.fileAssociations.map((association) => association.ext)).toEqual([
      'ctoportfolio',
      'ctoreview',
    ]);
  });
});
