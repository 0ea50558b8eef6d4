import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../support/temp-dir';
import { snapshotFolder } from '../bundle/folder-snapshot';
import { openFolder } from '../import/import-fixture';
import { cli, expectOneLine } from './cli-harness';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeEach(async () => {
  temp = await makeTempDir('cto-cli-import-');
  const run0 = await run(['init', '--data', 'a', '--sample']);
  expect(run0.code).toBe(0);
  expect((await run(['export', '--data', 'a', '--out', 'a.ctoportfolio'])).code).toBe(0);
});
afterEach(async () => {
  await temp.remove();
});

const run = (argv: string[]) => cli(argv, { cwd: temp.path });

/**
 * An empty data folder as the app leaves it at first start. Made here rather than by the CLI,
 * whose fixed test ids would give it the same portfolio id as the exported one.
 */
async function emptyFolder(name: string): Promise<void> {
  // Twice: the second open leaves what any later open does (its launch backup) in place.
  for (let i = 0; i < 2; i += 1)
    await (await openFolder(join(temp.path, name), { ids: name })).close();
}

describe('import', () => {
  it('with --dry-run prints the summary and changes nothing', async () => {
    await emptyFolder('b');
    const before = await snapshotFolder(join(temp.path, 'b'));
    const result = await run(['import', '--data', 'b', 'a.ctoportfolio', '--dry-run']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(
      /^Bundle: a\.ctoportfolio .*\nImport \(dry run\): this computer has no work/,
    );
    expect(await snapshotFolder(join(temp.path, 'b'))).toEqual(before);
  });

  it('adopts the bundle into an empty data folder, then finds nothing to change', async () => {
    await emptyFolder('b');
    const first = await run(['import', '--data', 'b', 'a.ctoportfolio', '--json']);
    expect(first).toMatchObject({ code: 0, stderr: '' });
    const parsed = JSON.parse(first.stdout) as { summary: { kind: string }; result: unknown };
    expect(parsed.summary.kind).toBe('adopt');
    expect(parsed.result).toMatchObject({ kind: 'adopt', openConflicts: 0 });
    const status = await run(['status', '--data', 'b']);
    expect(status.stdout).toContain('Jordan');

    const before = await snapshotFolder(join(temp.path, 'b'));
    const second = await run(['import', '--data', 'b', 'a.ctoportfolio']);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/Nothing to change/);
    expect(second.stdout).not.toMatch(/^Imported/m);
    expect(await snapshotFolder(join(temp.path, 'b'))).toEqual(before);
  });

  it('refuses a damaged file with one line and exit code 1, and wrong usage with 2', async () => {
    await writeFile(join(temp.path, 'bad.ctoportfolio'), 'not a zip at all\n');
    const bad = await run(['import', '--data', 'b', 'bad.ctoportfolio']);
    expect(bad).toMatchObject({ code: 1, stdout: '' });
    expectOneLine(bad.stderr);
    expect(bad.stderr).toMatch(/not a zip file/);
    expect((await run(['import', '--data', 'b'])).code).toBe(2);
    expect((await run(['import', '--data', 'b', 'a.ctoportfolio', '--as', 'both'])).code).toBe(2);
  });
});
