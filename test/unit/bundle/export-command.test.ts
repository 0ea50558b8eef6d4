import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bundleManifestSchema, MANIFEST_PATH } from '@shared/bundle/bundle-schemas';
import { makeTempDir } from '../../support/temp-dir';
import { cli, expectOneLine } from '../cli/cli-harness';
import { infoZipTest, readZip } from './bundle-fixture';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let data: string;
beforeEach(async () => {
  temp = await makeTempDir('cto-cli-export-');
  data = join(temp.path, 'data');
});
afterEach(async () => {
  await temp.remove();
});

const run = (argv: string[]) => cli(argv, { cwd: temp.path });

async function manifestOf(path: string) {
  const entries = await readZip(path);
  expect(entries[0]!.name).toBe(MANIFEST_PATH);
  return bundleManifestSchema.parse(JSON.parse(entries[0]!.bytes.toString('utf8')));
}

describe('export', () => {
  it('saves the sample as a bundle given relative to the working folder, with one line on stdout and nothing on stderr', async () => {
    expect((await run(['init', '--data', data, '--sample'])).code).toBe(0);
    const result = await run(['export', '--data', data, '--out', 'jordan.ctoportfolio']);
    const path = join(temp.path, 'jordan.ctoportfolio');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expectOneLine(result.stdout);
    expect(result.stdout).toMatch(
      /^Saved the portfolio bundle to .*jordan\.ctoportfolio \(\d+ files, \d+ bytes before compression\)\.\n$/,
    );
    await infoZipTest(path);
    expect(await manifestOf(path)).toMatchObject({ includesPrivate: false });
    expect((await readdir(temp.path)).sort()).toEqual(['data', 'jordan.ctoportfolio']);
  });

  it('includes private items with --include-private', async () => {
    await run(['init', '--data', data, '--sample']);
    const result = await run([
      'export',
      '--data',
      data,
      '--out',
      'all.ctoportfolio',
      '--include-private',
    ]);
    expect(result.code).toBe(0);
    expect(await manifestOf(join(temp.path, 'all.ctoportfolio'))).toMatchObject({
      includesPrivate: true,
    });
  });

  it('needs --out', async () => {
    await run(['init', '--data', data]);
    const result = await run(['export', '--data', data]);
    expect(result.code).toBe(2);
    expectOneLine(result.stderr);
    expect(result.stderr).toContain('Option --out needs a file name to save the export to.');
  });

  it('never creates a portfolio in a folder without one', async () => {
    const result = await run(['export', '--data', data, '--out', 'x.ctoportfolio']);
    expect(result.code).toBe(1);
    expectOneLine(result.stderr);
    expect(result.stderr).toMatch(/No portfolio in .*: run `cto-portfolio init --data .*` first\./);
    expect(await readdir(temp.path)).toEqual([]);
  });

  it('says in one line when the bundle cannot be written, and leaves nothing', async () => {
    await run(['init', '--data', data, '--sample']);
    const result = await run(['export', '--data', data, '--out', 'data/portfolio.json/x.zip']);
    expect(result.code).toBe(1);
    expectOneLine(result.stderr);
    expect(result.stderr).toMatch(
      /^cto-portfolio: Could not write the bundle: part of .* is a file/,
    );
    expect(await readdir(temp.path)).toEqual(['data']);
  });
});
