import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../support/temp-dir';
import { cli, expectOneLine } from './cli-harness';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let data: string;
beforeEach(async () => {
  temp = await makeTempDir('cto-cli-reflections-');
  data = join(temp.path, 'sample');
  const init = await cli(['init', '--data', data, '--sample'], { cwd: temp.path });
  expect(init.code).toBe(0);
});
afterEach(() => temp.remove());

describe('cto-portfolio reflections', () => {
  it('lists the sample reflections for a person, one line each', async () => {
    const run = await cli(['reflections', '--data', data], { cwd: temp.path });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain('Revising the device refresh budget');
    expect(run.stdout).toMatch(/draft\s+\d+ words\s+Session 3\s+Revising/);
    expect(run.stdout.trim().split('\n').at(-1)).toBe('6 reflections');
  });

  it('prints the summaries as JSON without their bodies', async () => {
    const run = await cli(['reflections', '--data', data, '--json'], { cwd: temp.path });
    const list = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(list).toHaveLength(6);
    expect(list[0]).toHaveProperty('excerpt');
    expect(list[0]).not.toHaveProperty('content');
  });
});

describe('cto-portfolio search', () => {
  it('finds a reflection and an artifact, matches in brackets', async () => {
    const run = await cli(['search', '--data', data, 'ransomware'], { cwd: temp.path });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^Reflections \(\d+\):/m);
    expect(run.stdout).toContain('[ransomware]');
  });

  it('answers JSON with groups and match offsets', async () => {
    const run = await cli(['search', '--data', data, '--json', 'budget'], { cwd: temp.path });
    const results = JSON.parse(run.stdout);
    expect(results.query).toBe('budget');
    expect(results.groups.length).toBeGreaterThan(0);
  });

  it('says so when nothing matches', async () => {
    const run = await cli(['search', '--data', data, 'zebra'], { cwd: temp.path });
    expect(run.stdout).toBe('Nothing found for "zebra".\n');
  });

  it('is a usage error without words to search for', async () => {
    const run = await cli(['search', '--data', data], { cwd: temp.path });
    expect(run.code).toBe(2);
    expectOneLine(run.stderr);
    expect(run.stderr).toMatch(/Give the words to search for/);
  });
});
