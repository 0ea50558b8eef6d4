import { describe, expect, it } from 'vitest';
import { newRecordMeta, touched } from '@shared/domain/record';
import { DEFAULT_PROGRAM } from '@shared/program/default-program';
import { newPortfolio } from '@shared/program/new-portfolio';
import { decideImportKind } from '../../../electron/core/bundle/import/import-kind';
import { isUnstartedPortfolio } from '../../../electron/core/bundle/import/unstarted-portfolio';
import { sequentialIds } from '../../support/test-core';

const now = new Date('2026-11-28T12:00:00.000Z');
const fresh = () => newPortfolio({ template: DEFAULT_PROGRAM, now, newId: sequentialIds() });
const nothingBeside = { reflections: 0, artifactFiles: 0 };

describe('isUnstartedPortfolio', () => {
  it('holds for a new portfolio, and after the welcome was skipped', () => {
    const portfolio = fresh();
    expect(isUnstartedPortfolio(portfolio, nothingBeside)).toBe(true);
    portfolio.profile = touched(portfolio.profile, { welcomeCompletedAt: now.toISOString() }, now);
    expect(isUnstartedPortfolio(portfolio, nothingBeside)).toBe(true);
  });

  it.each([
    ['a name typed in', (p: ReturnType<typeof fresh>) => void (p.profile.name = 'Jordan')],
    ['a cohort year', (p: ReturnType<typeof fresh>) => void (p.profile.cohortYear = 2026)],
    [
      'a session date',
      (p: ReturnType<typeof fresh>) =>
        void (p.sessions[0] = touched(p.sessions[0]!, { date: '2026-09-01' }, now)),
    ],
    [
      'an assignment status',
      (p: ReturnType<typeof fresh>) =>
        void (p.assignments[0] = touched(p.assignments[0]!, { status: 'in-progress' }, now)),
    ],
    [
      'a log entry',
      (p: ReturnType<typeof fresh>) =>
        void p.logEntries.push({
          ...newRecordMeta('log', now),
          date: '2026-09-01',
          channel: 'call',
          summary: 'x',
          followUps: '',
        }),
    ],
  ])('does not hold once there is %s', (_what, change) => {
    const portfolio = fresh();
    change(portfolio);
    expect(isUnstartedPortfolio(portfolio, nothingBeside)).toBe(false);
  });

  it('does not hold with a reflection or an artifact file beside it', () => {
    expect(isUnstartedPortfolio(fresh(), { reflections: 1, artifactFiles: 0 })).toBe(false);
    expect(isUnstartedPortfolio(fresh(), { reflections: 0, artifactFiles: 1 })).toBe(false);
  });
});

describe('decideImportKind', () => {
  const own = {
    bundlePortfolioId: 'p',
    ownPortfolioId: 'p',
    ownUnstarted: false,
    reviewedCopy: false,
  };
  const other = { ...own, bundlePortfolioId: 'q' };

  it('merges the own portfolio and refuses to review it', () => {
    expect(decideImportKind(own)).toBe('merge');
    expect(() => decideImportKind(own, 'review')).toThrow(/your own portfolio/);
  });

  it('adopts someone else’s only on an unstarted computer with no copy reviewed', () => {
    expect(decideImportKind({ ...other, ownUnstarted: true })).toBe('adopt');
    expect(decideImportKind({ ...other, ownUnstarted: true }, 'review')).toBe('review-new');
    expect(decideImportKind({ ...other, ownUnstarted: true, reviewedCopy: true })).toBe(
      'review-update',
    );
    expect(decideImportKind(other)).toBe('review-new');
    expect(() => decideImportKind(other, 'mine')).toThrow(/already holds your own portfolio/);
  });
});
