import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../support/temp-dir';
import { filesInStore } from '../artifacts/library-fixture';
import { cli, expectOneLine } from './cli-harness';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let data: string;
beforeEach(async () => {
  temp = await makeTempDir('cto-cli-artifacts-');
  data = join(temp.path, 'data');
});
afterEach(async () => {
  await temp.remove();
});

const run = (argv: string[]) => cli(argv, { cwd: temp.path });

async function listed() {
  const result = await run(['artifacts', '--data', data, '--json']);
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as Array<Record<string, unknown>>;
}

describe('add-artifact and artifacts', () => {
  it('adds files given relative to the working folder and lists them with their hashes', async () => {
    await run(['init', '--data', data]);
    await writeFile(join(temp.path, 'plan.pdf'), '%PDF-1.4 plan');
    await writeFile(join(temp.path, 'copy of plan.pdf'), '%PDF-1.4 plan');
    const added = await run([
      'add-artifact',
      '--data',
      data,
      'plan.pdf',
      'copy of plan.pdf',
      '--session',
      '3',
    ]);
    expect(added).toMatchObject({ code: 0, stderr: '' });
    expect(added.stdout).toMatch(
      /^Added "plan" \(plan\.pdf, 13 bytes\) as cli-\d+\.\nAdded "copy of plan" \(copy of plan\.pdf, 13 bytes\) as cli-\d+\.\n$/,
    );
    const artifacts = await listed();
    expect(artifacts.map(({ title, fileName, size }) => ({ title, fileName, size }))).toEqual([
      { title: 'plan', fileName: 'plan.pdf', size: 13 },
      { title: 'copy of plan', fileName: 'copy of plan.pdf', size: 13 },
    ]);
    expect(artifacts[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(artifacts[0]!.sha256).toBe(artifacts[1]!.sha256);
    expect(await filesInStore(data)).toHaveLength(1);

    const text = await run(['artifacts', '--data', data]);
    expect(text.stdout.split('\n')[0]).toMatch(
      /^\S+ {2}plan {2}\(plan\.pdf, 13 bytes\) {2}sha256 [0-9a-f]{64}$/,
    );
  });

  it('takes a title for the new artifact', async () => {
    await run(['init', '--data', data]);
    await writeFile(join(temp.path, 'IMG_2041.png'), 'png');
    await run([
      'add-artifact',
      '--data',
      data,
      'IMG_2041.png',
      '--title',
      'Server room after the move',
    ]);
    expect((await listed())[0]).toMatchObject({ title: 'Server room after the move' });
  });

  it('says in one line that a file is missing, and adds nothing', async () => {
    await run(['init', '--data', data]);
    await writeFile(join(temp.path, 'here.txt'), 'here');
    const result = await run(['add-artifact', '--data', data, 'here.txt', 'gone.txt']);
    expect(result.code).toBe(1);
    expectOneLine(result.stderr);
    expect(result.stderr).toBe(
      'cto-portfolio: gone.txt was not found (it may have been moved or deleted); nothing was added. Check the file and add it again.\n',
    );
    expect(await listed()).toEqual([]);
    expect(await filesInStore(data)).toEqual([]);
  });

  it('refuses a title over the limit with a message', async () => {
    await run(['init', '--data', data]);
    await writeFile(join(temp.path, 'a.txt'), 'a');
    const result = await run(['add-artifact', '--data', data, 'a.txt', '--title', 'x'.repeat(201)]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'cto-portfolio: The --title is not valid: Keep this under 200 characters.\n',
    );
    expect(await listed()).toEqual([]);
  });

  it.each([
    [['add-artifact', '--data', 'somewhere'], /Give at least one file to add/],
    [['add-artifact', 'a.txt', '--session', 'ten'], /--session needs a session number from 0/],
    [['add-artifact', 'a.txt', '--session', '12'], /--session needs a session number from 0/],
    [['artifacts', 'extra'], /Unexpected argument "extra"/],
  ])('calls %j wrong usage', async (argv, message) => {
    const result = await run(argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('will not start a portfolio in a mistyped folder', async () => {
    await writeFile(join(temp.path, 'a.txt'), 'a');
    const result = await run(['add-artifact', '--data', data, 'a.txt']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/No portfolio in/);
  });

  it('creates the sample with its files in the folder’s store', async () => {
    const init = await run(['init', '--data', data, '--sample']);
    expect(init.code).toBe(0);
    const artifacts = await listed();
    expect(artifacts.length).toBeGreaterThanOrEqual(8);
    expect(await filesInStore(data)).toHaveLength(artifacts.length);
  });
});
