import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../support/temp-dir';
import { expectOneLine } from './cli-harness';

/**
 * The real program in a real process: exit codes as a shell sees them, and nothing but one line
 * on stderr when it fails (no stack trace from an uncaught error).
 */
const CLI = join(process.cwd(), 'electron', 'cli', 'main.ts');
/** `--import tsx` resolves from the working folder, which is a temp folder here: give its URL. */
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeEach(async () => {
  temp = await makeTempDir('cto-cli-process-');
});
afterEach(async () => {
  await temp.remove();
});

function cto(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', TSX, CLI, ...args], {
    cwd: temp.path,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH ?? '',
      HOME: temp.path,
      // The root tsconfig.json only lists project references; the @shared alias lives here.
      TSX_TSCONFIG_PATH: join(process.cwd(), 'tsconfig.electron.json'),
    },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('cto-portfolio as a process', () => {
  it('creates the sample and reports it as one JSON object, exit 0', () => {
    const data = join(temp.path, 'data');
    expect(cto('init', '--data', data, '--sample')).toMatchObject({ code: 0, stderr: '' });
    const status = cto('status', '--data', data, '--json');
    expect(status.code).toBe(0);
    expect(status.stderr).toBe('');
    const report = JSON.parse(status.stdout);
    expect(report.profile.name).toBe('Jordan Rivera');
    expect(report.counts.overdue).toBe(1);
  });

  it('exits 1 with one line for a folder without a portfolio', () => {
    const result = cto('calendar', '--data', join(temp.path, 'nothing-here'));
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expectOneLine(result.stderr);
    expect(result.stderr).toContain('No portfolio in');
  });

  it('exits 2 with one line for an unknown command', () => {
    const result = cto('frobnicate');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expectOneLine(result.stderr);
    expect(result.stderr).toContain('cto-portfolio --help');
  });
});
