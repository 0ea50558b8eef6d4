import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localIsoDate } from '@shared/domain/dates';
import { portfolioSchema } from '@shared/domain/portfolio';
import { summarizeDashboard } from '@shared/progress/dashboard-summary';
import { openCore } from '../../../electron/core/app-core';
import { runCli } from '../../../electron/cli/run-cli';
import { makeTempDir } from '../../support/temp-dir';
import { FIXED_NOW, cli, expectOneLine } from './cli-harness';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let data: string;
beforeEach(async () => {
  temp = await makeTempDir('cto-cli-');
  data = join(temp.path, 'data');
});
afterEach(async () => {
  await temp.remove();
});

const run = (argv: string[], env: Record<string, string> = {}) =>
  cli(argv, { cwd: temp.path, env });

async function readPortfolio(dir = data) {
  return portfolioSchema.parse(JSON.parse(await readFile(join(dir, 'portfolio.json'), 'utf8')));
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** A regular file, so that any path "inside" it fails even for root (ENOTDIR). */
async function aFile(): Promise<string> {
  const path = join(temp.path, 'not-a-folder');
  await writeFile(path, 'just a file');
  return path;
}

async function expectUserError(argv: string[], expected: string | RegExp) {
  const result = await run(argv);
  expect(result.code).toBe(1);
  expect(result.stdout).toBe('');
  expectOneLine(result.stderr);
  expect(result.stderr).toMatch(expected);
  expect(result.stderr).not.toMatch(/\bat .*\(|internal error/);
}

describe('init', () => {
  it('creates an empty portfolio, making the folder and its parents', async () => {
    const nested = join(data, 'deep', 'er');
    const result = await run(['init', '--data', nested]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Created a portfolio in ${nested}.`);
    const portfolio = await readPortfolio(nested);
    expect(portfolio.profile.name).toBe('');
    expect(portfolio.sessions).toHaveLength(10);
  });

  it('creates the sample candidate with --sample', async () => {
    const result = await run(['init', '--data', data, '--sample']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(`Created the sample portfolio of Jordan Rivera in ${data}.\n`);
    const portfolio = await readPortfolio();
    expect(portfolio.profile.name).toBe('Jordan Rivera');
    expect(portfolio.logEntries.length).toBeGreaterThanOrEqual(6);
  });

  it('leaves an existing portfolio exactly as it was', async () => {
    await run(['init', '--data', data, '--sample']);
    const before = await readFile(join(data, 'portfolio.json'));
    const result = await run(['init', '--data', data]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`${data} already holds a portfolio; nothing was changed.\n`);
    expect(await readFile(join(data, 'portfolio.json'))).toEqual(before);
  });

  it('refuses to put the sample over an existing portfolio, changing nothing', async () => {
    await run(['init', '--data', data]);
    const before = await readFile(join(data, 'portfolio.json'));
    const names = await readdir(data);
    await expectUserError(
      ['init', '--data', data, '--sample'],
      `cto-portfolio: ${data} already holds a portfolio, which the sample would replace; nothing was changed.`,
    );
    expect(await readFile(join(data, 'portfolio.json'))).toEqual(before);
    expect(await readdir(data)).toEqual(names);
  });

  it('fails with one line when the folder cannot be made', async () => {
    const target = join(await aFile(), 'data');
    await expectUserError(['init', '--data', target], /is a file, not a folder/);
  });

  it('fails with one line when another program holds the folder, except to read it', async () => {
    await run(['init', '--data', data]);
    const core = await openCore({ dataDir: data, host: 'browser', appVersion: 'test' });
    try {
      await expectUserError(['init', '--data', data, '--sample'], /already holds a portfolio/);
      // Only the commands that write need the folder to themselves; status just reads.
      await writeFile(join(temp.path, 'memo.txt'), 'memo');
      await expectUserError(
        ['add-artifact', '--data', data, join(temp.path, 'memo.txt')],
        /open in another window or program/,
      );
      expect((await run(['status', '--data', data])).code).toBe(0);
    } finally {
      await core.close();
    }
  });
});

describe('status', () => {
  it('refuses a folder without a portfolio, and does not create one', async () => {
    await expectUserError(
      ['status', '--data', data],
      `cto-portfolio: No portfolio in ${data}: run \`cto-portfolio init --data ${data}\` first.\n`,
    );
    expect(await exists(data)).toBe(false);
  });

  it('refuses a folder path that runs through a file', async () => {
    await expectUserError(['status', '--data', join(await aFile(), 'x')], /No portfolio in/);
  });

  it('summarises progress for a person', async () => {
    await run(['init', '--data', data, '--sample']);
    const result = await run(['status', '--data', data]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Jordan Rivera · Mesa Verde Unified School District');
    expect(result.stdout).toContain('Sessions attended: 3 of 8');
    expect(result.stdout).toMatch(/Assignments passed: 7 of 21/);
    expect(result.stdout).toMatch(
      /Overdue \(1\):\n {2}\d{4}-\d\d-\d\d {2}Session 4 assignment: Security Fundamentals/,
    );
    expect(result.stdout).toContain('Due soon (2):');
    expect(result.stdout).toMatch(/Next session: Session 5: .* \(in 9 days\)/);
  });

  it('prints one JSON object with sessions, assignments and the dashboard counts', async () => {
    await run(['init', '--data', data, '--sample']);
    const result = await run(['status', '--data', data, '--json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    const portfolio = await readPortfolio();
    const summary = summarizeDashboard(portfolio, localIsoDate(FIXED_NOW));

    expect(report.sessions.map((s: { number: number }) => s.number)).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
    ]);
    expect(report.sessions[2]).toEqual({
      number: 2,
      title: portfolio.sessions[2]!.title,
      date: portfolio.sessions[2]!.date,
      place: portfolio.sessions[2]!.place,
      attendance: 'excused',
    });
    expect(report.assignments).toHaveLength(portfolio.assignments.length);
    const revision = portfolio.assignments.find((a) => a.status === 'needs-revision')!;
    expect(report.assignments).toContainEqual({
      id: revision.id,
      title: revision.title,
      kind: revision.kind,
      session: revision.session,
      due: revision.due,
      status: 'needs-revision',
      grade: revision.grade,
      urgency: 'due-soon',
    });
    expect(report.counts).toEqual({
      passed: summary.assignmentsPassed,
      total: summary.assignmentsTotal,
      attended: summary.sessionsAttended,
      sessionsTotal: 8,
      overdue: 1,
      dueSoon: summary.dueSoon.length,
      mentorContactsThisMonth: summary.mentorContactsThisMonth,
    });
    expect(report.nextSession).toMatchObject({ number: 5, daysAway: 9 });
  });

  it('finds the folder in CTO_PORTFOLIO_DATA, relative to the current folder', async () => {
    await run(['init', '--data', data, '--sample']);
    const result = await run(['status', '--json'], { CTO_PORTFOLIO_DATA: 'data' });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).dataDir).toBe(data);
  });

  it('defaults to the desktop app’s folder', async () => {
    const result = await run(['status'], {});
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('CTO Mentor Portfolio');
  });
});

describe.each([
  { command: 'calendar', extension: 'ics', what: 'the calendar file' },
  { command: 'csv', extension: 'csv', what: 'the assignments file' },
])('$command', ({ command, extension, what }) => {
  it('refuses a folder without a portfolio, and writes nothing', async () => {
    const out = join(temp.path, `out.${extension}`);
    await expectUserError([command, '--data', data, '--out', out], /No portfolio in/);
    expect(await exists(out)).toBe(false);
    expect(await exists(data)).toBe(false);
  });

  it('fails with one line when the target is inside a file, leaving nothing behind', async () => {
    await run(['init', '--data', data, '--sample']);
    const file = await aFile();
    await expectUserError(
      [command, '--data', data, '--out', join(file, `out.${extension}`)],
      `Could not write ${what}: part of`,
    );
    expect(await readFile(file, 'utf8')).toBe('just a file');
  });

  it('fails with one line when the target is a folder, leaving it intact', async () => {
    await run(['init', '--data', data, '--sample']);
    const folder = join(temp.path, 'a-folder');
    await mkdir(folder);
    await writeFile(join(folder, 'keep.txt'), 'kept');
    await expectUserError([command, '--data', data, '--out', folder], /is a folder/);
    expect(await readdir(folder)).toEqual(['keep.txt']);
  });

  it('saves to the suggested name in the current folder when --out is left out', async () => {
    await run(['init', '--data', data, '--sample']);
    const result = await run([command, '--data', data]);
    const expected = join(
      temp.path,
      `cto-portfolio-jordan-rivera-${command === 'csv' ? 'assignments' : 'calendar'}.${extension}`,
    );
    expect(result.stdout).toBe(`Saved ${what} to ${expected}.\n`);
    expect(await exists(expected)).toBe(true);
  });
});

describe('exports', () => {
  it('writes a calendar that parses, with every dated session and due date', async () => {
    await run(['init', '--data', data, '--sample']);
    const result = await run(['calendar', '--data', data, '--out', 'sub/../plan.ics']);
    expect(result.code).toBe(0);
    const ics = await readFile(join(temp.path, 'plan.ics'), 'utf8');
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
    const portfolio = await readPortfolio();
    expect(events).toHaveLength(
      portfolio.sessions.length + portfolio.assignments.filter((a) => a.due).length,
    );
    expect(events.map((e) => e.getFirstPropertyValue('summary'))).toContain(
      'Session 3: Fiscal Management',
    );
  });

  it('writes the assignments table with a BOM, replacing an older export', async () => {
    await run(['init', '--data', data, '--sample']);
    const out = join(temp.path, 'table.csv');
    await writeFile(out, 'old export');
    const result = await run(['csv', '--data', data, '--out', out]);
    expect(result.code).toBe(0);
    const csv = await readFile(out, 'utf8');
    expect(csv.startsWith('\uFEFFSession,Kind,Title,Due,Status,Grade\r\n')).toBe(true);
    const rows = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
    expect(rows).toHaveLength(22);
    expect(rows).toContainEqual(expect.arrayContaining(['Needs revision', 'Revise']));
  });
});

describe('unexpected failures', () => {
  it('reports a bug as one internal-error line and exit 1', async () => {
    let stderr = '';
    const code = await runCli(['--help'], {
      stdout: {
        write: () => {
          throw new Error('stdout is gone\n    at somewhere (file.ts:1:1)');
        },
      },
      stderr: { write: (text: string) => (stderr += text) },
      env: {},
      cwd: temp.path,
    });
    expect(code).toBe(1);
    expectOneLine(stderr);
    expect(stderr).toMatch(/^cto-portfolio: internal error .*stdout is gone/);
  });
});
