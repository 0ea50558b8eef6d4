import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { snapshotFolder } from '../../support/folder-snapshot';
import { makeTempDir } from '../../support/temp-dir';
import { candidate, writeCandidateBundle } from '../candidates/candidate-fixture';
import { cli, expectOneLine } from './cli-harness';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let data: string;
beforeEach(async () => {
  temp = await makeTempDir('cto-cli-candidates-');
  data = join(temp.path, 'data');
  await cli(['init', '--data', data], { cwd: temp.path });
});
afterEach(() => temp.remove());

const run = (argv: string[]) => cli(argv, { cwd: temp.path });

async function importCandidate(id: string, name: string) {
  const path = await writeCandidateBundle(
    temp.path,
    candidate(id, name),
    '2026-11-20T10:00:00.000Z',
  );
  const result = await run(['import', '--data', data, path, '--as', 'review']);
  expect(result.code).toBe(0);
}

describe('reviewed list', () => {
  it('says how to add a candidate when there is none', async () => {
    const result = await run(['reviewed', 'list', '--data', data]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expectOneLine(result.stdout);
    expect(result.stdout).toMatch(/^No candidates in .* import --data .* --as review`\.\n$/);
  });

  it('prints one line per candidate, or JSON, and writes nothing', async () => {
    await importCandidate('cand-jordan', 'Jordan Lee');
    await importCandidate('cand-ana', 'Ana Ruiz');
    const before = await snapshotFolder(data);
    const text = await run(['reviewed', 'list', '--data', data]);
    expect(text.code).toBe(0);
    const lines = text.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^cand-ana {2}Ana Ruiz, Lakeview USD, cohort 2026, 0 sessions attended,/,
    );
    expect(lines[0]).toContain('report for 2026-11 due 2026-12-05');
    const json = await run(['reviewed', 'list', '--data', data, '--json']);
    const rows = JSON.parse(json.stdout) as { portfolioId: string; latestBundleAt: string }[];
    expect(rows.map((r) => r.portfolioId)).toEqual(['cand-ana', 'cand-jordan']);
    expect(await snapshotFolder(data)).toEqual(before);
  });

  it('is wrong usage (exit 2, one line) without "list" or with another word', async () => {
    for (const argv of [['reviewed'], ['reviewed', 'show'], ['reviewed', 'list', '--bogus']]) {
      const result = await run([...argv, '--data', data]);
      expect(result.code).toBe(2);
      expectOneLine(result.stderr);
    }
  });

  it('refuses a folder without a portfolio in one line (exit 1)', async () => {
    const result = await run(['reviewed', 'list', '--data', join(temp.path, 'nothing')]);
    expect(result.code).toBe(1);
    expectOneLine(result.stderr);
    expect(await readdir(temp.path)).not.toContain('nothing');
  });

  it('has help', async () => {
    const result = await run(['help', 'reviewed']);
    expect(result.stdout).toContain('reviewed list [--data DIR] [--json]');
  });
});

describe('report', () => {
  it('saves the cohort CSV, one row per candidate', async () => {
    await importCandidate('cand-jordan', 'Jordan Lee');
    const out = join(temp.path, 'cohort.csv');
    const result = await run(['report', '--data', data, '--out', out]);
    expect(result).toMatchObject({ code: 0, stdout: `Saved the cohort file to ${out}.\n` });
    const rows = Papa.parse<string[]>(
      (await readFile(out, 'utf8')).replace(/^\uFEFF/, '').trim(),
    ).data;
    expect(rows).toHaveLength(2);
    expect(rows[1]!.slice(0, 3)).toEqual(['Jordan Lee', 'Lakeview USD', '2026']);
  });

  it('says the file holds only headings when there are no candidates', async () => {
    const out = join(temp.path, 'cohort.csv');
    const result = await run(['report', '--data', data, '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/only the column headings\.\n$/);
  });

  it('is wrong usage with an empty --out (exit 2)', async () => {
    const result = await run(['report', '--data', data, '--out', '']);
    expect(result.code).toBe(2);
    expectOneLine(result.stderr);
  });
});
