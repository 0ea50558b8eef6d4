import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { builtApp } from './built-app';

let temp: string;
let child: ChildProcess | undefined;

beforeEach(async () => {
  temp = await mkdtemp(path.join(tmpdir(), 'npm-start-'));
});
afterEach(async () => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  await rm(temp, { recursive: true, force: true });
});

/** The next line the process prints, or its stderr if it ends first. */
function lines(proc: ChildProcess): () => Promise<string> {
  const reader = createInterface({ input: proc.stdout! })[Symbol.asyncIterator]();
  let stderr = '';
  proc.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return async () => {
    const next = await reader.next();
    if (next.done) throw new Error(`npm start ended early: ${stderr}`);
    return next.value;
  };
}

describe('npm start without an Electron runtime', () => {
  it('says so in one line and serves the app in the browser until Ctrl+C', async () => {
    // Every package start.js imports except `electron`: the same run on every machine, with no
    // Electron to launch and nothing to download.
    const app = await builtApp(path.join(temp, 'app'), {
      bundles: ['start'],
      electronModule: null,
    });
    const dataDir = path.join(temp, 'data');
    child = spawn(process.execPath, [path.join(app, 'dist', 'electron', 'start.js')], {
      env: { ...process.env, CTO_PORTFOLIO_DATA: dataDir, CTO_PORTFOLIO_HOST: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const nextLine = lines(child);

    expect(await nextLine()).toBe(
      'The Electron runtime is not available on this machine (the electron package is not installed); serving the app in your browser instead.',
    );
    const opening = await nextLine();
    const url = /(http:\/\/127\.0\.0\.1:\d+\/\S+)/.exec(opening)?.[1];
    expect(url, opening).toBeDefined();

    const page = await fetch(url!);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Built page</title>');
    expect((await readdir(dataDir)).length).toBeGreaterThan(0);

    const exited = new Promise<number | null>((resolve) => child!.once('exit', resolve));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
  });
});
