import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MANIFEST_PATH } from '@shared/bundle/bundle-schemas';
import { makeTempDir } from '../../support/temp-dir';
import { cli, expectOneLine } from '../cli/cli-harness';
import { json, validBundleEntries, writeYazlZip } from './bundle-fixtures';
import { snapshotFolder } from './folder-snapshot';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeEach(async () => {
  temp = await makeTempDir('cto-cli-verify-');
});
afterEach(async () => {
  await temp.remove();
});

const run = (argv: string[]) => cli(argv, { cwd: temp.path });

describe('cto-portfolio verify', () => {
  it('says OK in one line for a valid bundle, given relative to the working folder', async () => {
    await writeYazlZip(join(temp.path, 'mine.ctoportfolio'), validBundleEntries());
    const result = await run(['verify', 'mine.ctoportfolio']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expectOneLine(result.stdout);
    expect(result.stdout).toMatch(
      /^OK: mine\.ctoportfolio is a valid bundle \(2 files, 1 artifacts, 1 reflections/,
    );
  });

  it('prints the summary as JSON with --json', async () => {
    await writeYazlZip(join(temp.path, 'mine.ctoportfolio'), validBundleEntries());
    const result = await run(['verify', '--json', 'mine.ctoportfolio']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      ok: true,
      files: 2,
      artifacts: 1,
      reflections: 1,
    });
  });

  it('exits 1 with the first problem in one line, changing nothing', async () => {
    const entries = validBundleEntries();
    entries[0] = {
      name: MANIFEST_PATH,
      data: json({ format: 'cto-portfolio-bundle', formatVersion: 9 }),
    };
    await writeYazlZip(join(temp.path, 'future.ctoportfolio'), entries);
    const before = await snapshotFolder(temp.path);
    const result = await run(['verify', 'future.ctoportfolio']);
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expectOneLine(result.stderr);
    expect(result.stderr).toContain(
      'made by a newer version of CTO Mentor Portfolio: update the app',
    );
    expect(await snapshotFolder(temp.path)).toEqual(before);
  });

  it('with --json also prints the stable problem word on stdout', async () => {
    await writeYazlZip(join(temp.path, 'extra.ctoportfolio'), [
      ...validBundleEntries(),
      { name: 'extra.txt', data: Buffer.from('x') },
    ]);
    const result = await run(['verify', 'extra.ctoportfolio', '--json']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: false, problem: 'unlisted-file' });
    expectOneLine(result.stderr);
  });

  it('says when the file does not exist', async () => {
    const result = await run(['verify', 'nope.ctoportfolio']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/nope\.ctoportfolio does not exist/);
  });

  it('wants exactly one file', async () => {
    expect((await run(['verify'])).code).toBe(2);
    expect((await run(['verify', 'a', 'b'])).stderr).toMatch(/exactly one bundle or review file/);
  });
});
