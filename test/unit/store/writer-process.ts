import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * crash-writer.ts as one plain-JavaScript file. Starting it with `node --import tsx` costs about
 * half a second of compiling per start; a bundle starts in a fraction of that, which keeps fifty
 * kill-and-restart rounds well inside the test's time.
 */
export async function bundleCrashWriter(outDir: string): Promise<string> {
  const outfile = join(outDir, 'crash-writer.mjs');
  await build({
    entryPoints: [join(repoRoot, 'test/unit/store/crash-writer.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    tsconfig: join(repoRoot, 'tsconfig.test.json'),
    logLevel: 'silent',
  });
  return outfile;
}

export interface WriterProcess {
  child: ChildProcess;
  /** The counter the writer found on disk, once it has the store open. */
  ready: Promise<number>;
  /** The last save the writer reported as done (or the counter it started from). */
  lastAcknowledged(): number;
  /** Kill it without warning and wait until it is gone. */
  kill(): Promise<void>;
}

export function startWriter(script: string, dataDir: string): WriterProcess {
  const child = spawn(process.execPath, [script, dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  let acknowledged = -1;
  let buffered = '';
  let stderr = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const ready = new Promise<number>((resolve, reject) => {
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        const [word, count] = line.split(' ');
        acknowledged = Number(count);
        if (word === 'ready') resolve(acknowledged);
      }
    });
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.once('exit', (code) =>
      reject(new Error(`writer exited (${code}) before it was ready: ${stderr}`)),
    );
  });
  return {
    child,
    ready,
    lastAcknowledged: () => acknowledged,
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
  };
}
