import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Portfolio } from '@shared/domain/portfolio';
import {
  assignmentsCsvExport,
  assignmentsToCsv,
} from '../../../electron/core/exports/assignments-csv';
import { FIXED_NOW, datedPortfolio } from './portfolio-fixture';

const BOM = '\uFEFF';

function rowsOf(csv: string): string[][] {
  const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

/** Three assignments only, so each test reads its own rows. */
function portfolioWith(
  assignments: Partial<Portfolio['assignments'][number]>[],
  sessionDates: Partial<Record<number, string>> = {},
): Portfolio {
  const portfolio = datedPortfolio(sessionDates);
  const template = portfolio.assignments[0]!;
  portfolio.assignments = assignments.map((a, index) => ({
    ...template,
    id: `a-${index}`,
    ...a,
  }));
  return portfolio;
}

describe('assignmentsToCsv', () => {
  it('starts with a UTF-8 BOM and a header, and uses CRLF between rows', () => {
    const csv = assignmentsToCsv(portfolioWith([{ title: 'One' }, { title: 'Two' }]));
    expect(csv.startsWith(`${BOM}Session,Kind,Title,Due,Status,Grade\r\n`)).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(csv.split('\r\n')).toHaveLength(4); // header, two rows, and the final line break
  });

  it('writes human labels for session, kind and status', () => {
    const csv = assignmentsToCsv(
      portfolioWith([
        {
          title: 'Budget',
          kind: 'session',
          session: 3,
          due: '2026-03-28',
          status: 'needs-revision',
          grade: 'B',
        },
        { title: 'Kickoff reading', kind: 'prerequisite', session: 0, due: null, status: 'passed' },
        { title: 'Feedback', kind: 'program-feedback', session: null, status: 'not-started' },
      ]),
    );
    expect(rowsOf(csv).slice(1)).toEqual([
      ['Kickoff', 'Prerequisite', 'Kickoff reading', '', 'Passed', ''],
      ['Session 3', 'Session assignment', 'Budget', '2026-03-28', 'Needs revision', 'B'],
      ['', 'Program feedback', 'Feedback', '', 'Not started', ''],
    ]);
  });

  it('orders rows by session, then by due date, undated last', () => {
    const csv = assignmentsToCsv(
      portfolioWith([
        { title: 'S2 late', session: 2, due: '2026-05-01' },
        { title: 'No session', session: null, due: '2026-01-01' },
        { title: 'S2 undated', session: 2, due: null },
        { title: 'S2 early', session: 2, due: '2026-04-01' },
        { title: 'S1', session: 1, due: '2026-12-01' },
      ]),
    );
    expect(
      rowsOf(csv)
        .slice(1)
        .map((row) => row[2]),
    ).toEqual(['S1', 'S2 early', 'S2 late', 'S2 undated', 'No session']);
  });

  it('leaves out deleted assignments', () => {
    const csv = assignmentsToCsv(
      portfolioWith([{ title: 'Kept' }, { title: 'Gone', deletedAt: FIXED_NOW.toISOString() }]),
    );
    expect(
      rowsOf(csv)
        .slice(1)
        .map((row) => row[2]),
    ).toEqual(['Kept']);
  });

  it('round-trips commas, quotes, line breaks and accents through a CSV parser', () => {
    const titles = [
      'Budget, part 2',
      'The "one-pager" for the board',
      'Line one\nline two\r\nline three',
      'Évaluation — ñandú 🚀',
    ];
    const csv = assignmentsToCsv(
      portfolioWith(titles.map((title) => ({ title, grade: 'A, with "honours"' }))),
    );
    const rows = rowsOf(csv).slice(1);
    expect(rows.map((row) => row[2])).toEqual(titles);
    expect(rows.every((row) => row[5] === 'A, with "honours"')).toBe(true);
    expect(csv).toContain('"The ""one-pager"" for the board"');
  });

  it('defuses cells a spreadsheet would run as a formula, including one with a line break', () => {
    const dangerous = [
      '=HYPERLINK("http://evil.example","click")',
      '+1+1',
      '-2+3',
      '@SUM(A1:A2)',
      '\t=1',
      '\r=1',
      '=1+1\nsecond line',
    ];
    const csv = assignmentsToCsv(portfolioWith(dangerous.map((title) => ({ title }))));
    const titles = rowsOf(csv)
      .slice(1)
      .map((row) => row[2]);
    expect(titles).toEqual(dangerous.map((title) => `'${title}`));
  });

  it('leaves ordinary text alone, even with formula characters inside', () => {
    const csv = assignmentsToCsv(
      portfolioWith([{ title: 'Plan = goals + measures', grade: 'A-' }]),
    );
    const row = rowsOf(csv)[1]!;
    expect([row[2], row[5]]).toEqual(['Plan = goals + measures', 'A-']);
  });

  it('answers the csv-export channel with name, type and content', () => {
    const portfolio = portfolioWith([{ title: 'One' }]);
    portfolio.profile.name = 'Jordan Rivera';
    const file = assignmentsCsvExport(portfolio);
    expect(file.fileName).toBe('cto-portfolio-jordan-rivera-assignments.csv');
    expect(file.mimeType).toBe('text/csv');
    expect(rowsOf(file.content)[1]![2]).toBe('One');
  });
});
