import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../support/temp-dir';
import { cli, expectOneLine } from './cli-harness';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeEach(async () => {
  temp = await makeTempDir('cto-cli-usage-');
});
afterEach(async () => {
  await temp.remove();
});

describe('help and version', () => {
  it.each([[[]], [['--help']], [['-h']], [['help']]])('lists the commands for %j', async (argv) => {
    const run = await cli(argv, { cwd: temp.path });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    for (const command of ['init', 'status', 'calendar', 'csv', 'help']) {
      expect(run.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    }
  });

  it.each([[['help', 'status']], [['status', '--help']], [['status', '--data', 'x', '-h']]])(
    'shows one command’s usage and options for %j',
    async (argv) => {
      const run = await cli(argv, { cwd: temp.path });
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('Usage: cto-portfolio status [--data DIR] [--json]');
      expect(run.stdout).toContain('--json');
    },
  );

  it('prints the version from package.json', async () => {
    const manifest = JSON.parse(await readFile('package.json', 'utf8')) as { version: string };
    const run = await cli(['--version'], { cwd: temp.path });
    expect(run).toEqual({ code: 0, stdout: `${manifest.version}\n`, stderr: '' });
  });
});

describe('wrong usage exits 2 with one line pointing to help', () => {
  it.each([
    [['bogus'], 'Unknown command "bogus". Run `cto-portfolio --help` for usage.'],
    [['--bogus'], 'Unknown option --bogus; give a command first. Run `cto-portfolio --help`'],
    [['help', 'bogus'], 'Unknown command "bogus".'],
    [['status', '--bogus'], 'Unknown option --bogus. Run `cto-portfolio help status` for usage.'],
    [['init', '-x'], 'Unknown option -x. Run `cto-portfolio help init`'],
    [['status', '--data'], 'Option --data needs a value. Run `cto-portfolio help status`'],
    [['calendar', '--data', '--out', 'x.ics'], 'Option --data needs a value.'],
    [['csv', '--out'], 'Option --out needs a value.'],
    [['init', '--sample=yes'], 'Option --sample does not take a value.'],
    [['status', 'extra'], 'Unexpected argument "extra".'],
    [['status', '--data='], 'Option --data needs a folder.'],
    [['calendar', '--out='], 'Option --out needs a file name.'],
  ])('%j', async (argv, expected) => {
    const run = await cli(argv, { cwd: temp.path });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expectOneLine(run.stderr);
    expect(run.stderr).toMatch(/^cto-portfolio: /);
    expect(run.stderr).toContain(expected);
  });
});
