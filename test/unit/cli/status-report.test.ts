import { describe, expect, it } from 'vitest';
import { DEFAULT_PROGRAM } from '@shared/program/default-program';
import { newPortfolio } from '@shared/program/new-portfolio';
import { formatStatus, statusReport } from '../../../electron/cli/status-report';

function freshPortfolio() {
  let next = 0;
  return newPortfolio({
    template: DEFAULT_PROGRAM,
    now: new Date('2026-09-01T09:00:00Z'),
    newId: () => `id-${++next}`,
  });
}

describe('statusReport and formatStatus', () => {
  it('describes a portfolio nobody has filled in yet', () => {
    const text = formatStatus(statusReport(freshPortfolio(), '2026-09-01', '/data'));
    expect(text).toBe(
      [
        'Portfolio (no name yet)',
        'Data folder: /data',
        'Next session: none scheduled',
        'Sessions attended: 0 of 8',
        'Assignments passed: 0 of 21',
        'Mentor contacts this month: 0',
        '',
      ].join('\n'),
    );
  });

  it('says "today" and "tomorrow" for the next session', () => {
    const portfolio = freshPortfolio();
    portfolio.sessions[1]!.date = '2026-09-02';
    expect(formatStatus(statusReport(portfolio, '2026-09-01', '/d'))).toContain(
      'Next session: Session 1: Leadership and Strategic Planning on 2026-09-02 (tomorrow)',
    );
    expect(formatStatus(statusReport(portfolio, '2026-09-02', '/d'))).toContain('(today)');
  });

  it('leaves deleted records out of the report', () => {
    const portfolio = freshPortfolio();
    portfolio.assignments[0]!.deletedAt = '2026-09-01T10:00:00.000Z';
    portfolio.sessions[9]!.deletedAt = '2026-09-01T10:00:00.000Z';
    const report = statusReport(portfolio, '2026-09-01', '/d');
    expect(report.assignments.map((a) => a.id)).not.toContain(portfolio.assignments[0]!.id);
    expect(report.sessions.map((s) => s.number)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(report.counts.total).toBe(20);
  });
});
