import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore } from '../../../electron/core/app-core';
import { makeTempDir } from '../../support/temp-dir';
import { cli, expectOneLine } from './cli-harness';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let data: string;
beforeEach(async () => {
  temp = await makeTempDir('cto-cli-empty-');
  data = join(temp.path, 'data');
  await cli(['init', '--data', data], { cwd: temp.path });
});
afterEach(async () => {
  await temp.remove();
});

const run = (argv: string[]) => cli(argv, { cwd: temp.path });

async function withHandlers(use: (core: Awaited<ReturnType<typeof openCore>>) => Promise<void>) {
  const core = await openCore({ dataDir: data, host: 'browser', appVersion: '0.0.0-test' });
  try {
    await use(core);
  } finally {
    await core.close();
  }
}

describe('calendar with nothing dated', () => {
  it('saves no file and says that nothing has a date yet, and where to set dates', async () => {
    const before = await readdir(temp.path);
    const result = await run(['calendar', '--data', data]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expectOneLine(result.stderr);
    expect(result.stderr).toMatch(/Nothing has a date yet, so no calendar was saved/);
    expect(result.stderr).toMatch(/session dates on the Sessions page/);
    expect(await readdir(temp.path)).toEqual(before);
  });

  it('leaves an existing file at --out as it was', async () => {
    const out = join(temp.path, 'plan.ics');
    await writeFile(out, 'an older calendar');
    const result = await run(['calendar', '--data', data, '--out', out]);
    expect(result.code).toBe(1);
    expect(await readFile(out, 'utf8')).toBe('an older calendar');
  });

  it('saves a calendar as soon as one session has a date', async () => {
    await withHandlers(async (core) => {
      const [first] = (await core.handlers['portfolio-get']({})).sessions;
      await core.handlers['session-update']({ id: first!.id, date: '2026-12-01' });
    });
    const out = join(temp.path, 'plan.ics');
    const result = await run(['calendar', '--data', data, '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`Saved the calendar file to ${out}.\n`);
    expect(await readFile(out, 'utf8')).toContain('DTSTART;VALUE=DATE:20261201');
  });
});

describe('csv with no assignments', () => {
  it('saves the column headings and says that is all there is', async () => {
    await withHandlers(async (core) => {
      for (const { id } of (await core.handlers['portfolio-get']({})).assignments) {
        await core.handlers['assignment-delete']({ id });
      }
    });
    const out = join(temp.path, 'table.csv');
    const result = await run(['csv', '--data', data, '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      `Saved the assignments file to ${out}. There are no assignments yet, so it holds only the column headings.\n`,
    );
    expect(await readFile(out, 'utf8')).toBe('\uFEFFSession,Kind,Title,Due,Status,Grade\r\n');
  });

  it('says nothing more when there are assignments', async () => {
    const out = join(temp.path, 'table.csv');
    const result = await run(['csv', '--data', data, '--out', out]);
    expect(result.stdout).toBe(`Saved the assignments file to ${out}.\n`);
  });
});
