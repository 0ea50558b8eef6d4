import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

/** `npm run serve` as a person types it: what it prints, and its exit code. */
const tsxCli = createRequire(import.meta.url).resolve('tsx/cli');

function runServe(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(
    process.execPath,
    [tsxCli, '--tsconfig', 'tsconfig.electron.json', 'electron/host/serve.ts', ...args],
    { encoding: 'utf8', timeout: 20_000 },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run serve', () => {
  it.each([
    [['--port', 'abc'], '--port must be a whole number from 1 to 65535, not "abc".'],
    [['--verbose'], 'Unknown option --verbose: run `npm run serve -- --help` for the options.'],
    [['--data'], '--data needs a value: run `npm run serve -- --help` for the options.'],
  ])('answers the wrong usage %j with one line and exit code 2', (args, line) => {
    const { status, stdout, stderr } = runServe(args);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`${line}\n`);
  });

  it('prints the usage for --help and exits 0', () => {
    const { status, stdout, stderr } = runServe(['--help']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Usage: npm run serve -- \[--data DIR\] \[--port N\]/);
    expect(stderr).toBe('');
  });
});
