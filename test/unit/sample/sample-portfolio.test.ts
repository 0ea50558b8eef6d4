import { describe, expect, it } from 'vitest';
import { addDays, localIsoDate, monthOf } from '@shared/domain/dates';
import { portfolioSchema } from '@shared/domain/portfolio';
import { DEFAULT_PROGRAM } from '@shared/program/default-program';
import { derivedDueDate } from '@shared/program/new-portfolio';
import { summarizeDashboard } from '@shared/progress/dashboard-summary';
import { SAMPLE_ARTIFACTS } from '../../../electron/core/sample/sample-artifacts';
import { buildSamplePortfolio } from '../../../electron/core/sample/sample-portfolio';

/** Stand-ins for the stored sample files: only their hashes and sizes reach the records. */
const FILES = SAMPLE_ARTIFACTS.map((spec, index) => ({
  key: spec.key,
  sha256: index.toString(16).padStart(64, '0'),
  size: 100 + index,
}));

function counterIds(): () => string {
  let next = 0;
  return () => `sample-${++next}`;
}

/** Days chosen to cover month and year ends and a leap day. */
const NOWS = [
  new Date(2026, 10, 28, 10, 0),
  new Date(2026, 11, 31, 23, 30),
  new Date(2027, 0, 1, 0, 15),
  new Date(2028, 1, 29, 12, 0),
];

describe('buildSamplePortfolio', () => {
  it.each(NOWS)('passes the portfolio schema (now = %s)', (now) => {
    const sample = buildSamplePortfolio({ now, newId: counterIds(), artifactFiles: FILES });
    expect(portfolioSchema.parse(sample)).toEqual(sample);
  });

  it('introduces a candidate who has finished the welcome', () => {
    const now = NOWS[0]!;
    const { profile } = buildSamplePortfolio({ now, newId: counterIds(), artifactFiles: FILES });
    expect(profile).toMatchObject({
      name: 'Jordan Rivera',
      mentorName: 'Dr. Alex Chen',
      welcomeCompletedAt: now.toISOString(),
    });
    expect(profile.organisation).toMatch(/School District$/);
    expect(profile.cohortYear).toBeGreaterThanOrEqual(2026);
  });

  it('keeps the template: every session and assignment, in order', () => {
    const sample = buildSamplePortfolio({
      now: NOWS[0]!,
      newId: counterIds(),
      artifactFiles: FILES,
    });
    expect(sample.program).toEqual(DEFAULT_PROGRAM);
    expect(sample.sessions.map((s) => s.title)).toEqual(
      DEFAULT_PROGRAM.sessions.map((s) => s.title),
    );
    expect(sample.assignments.map((a) => a.title)).toEqual(
      DEFAULT_PROGRAM.assignments.map((a) => a.title),
    );
  });

  it.each(NOWS)('is half way through the program relative to today (now = %s)', (now) => {
    const today = localIsoDate(now);
    const sample = buildSamplePortfolio({ now, newId: counterIds(), artifactFiles: FILES });
    const dates = sample.sessions.map((s) => s.date!);
    expect([...dates].sort()).toEqual(dates);
    expect(sample.sessions.filter((s) => s.date! < today).map((s) => s.number)).toEqual([
      0, 1, 2, 3, 4,
    ]);
    expect(sample.sessions.filter((s) => s.date! > today).map((s) => s.number)).toEqual([
      5, 6, 7, 8, 9,
    ]);
    for (const session of sample.sessions) expect(session.place).not.toBe('');
  });

  it('records attendance, notes and feedback for past sessions only, one of them excused', () => {
    const sample = buildSamplePortfolio({
      now: NOWS[0]!,
      newId: counterIds(),
      artifactFiles: FILES,
    });
    const past = sample.sessions.filter((s) => s.number <= 4);
    const ahead = sample.sessions.filter((s) => s.number >= 5);
    expect(past.map((s) => s.attendance)).toEqual([
      'attended',
      'attended',
      'excused',
      'attended',
      'attended',
    ]);
    for (const session of past) {
      expect(session.notes).not.toBe('');
      expect(session.feedback.rating).not.toBeNull();
      expect(session.feedback.comments).not.toBe('');
    }
    for (const session of ahead) {
      expect(session.attendance).toBe('unrecorded');
      expect(session.feedback.rating).toBeNull();
    }
  });

  it.each(NOWS)(
    'shows progress, one overdue and some due-soon work on the dashboard (now = %s)',
    (now) => {
      const today = localIsoDate(now);
      const sample = buildSamplePortfolio({ now, newId: counterIds(), artifactFiles: FILES });
      const summary = summarizeDashboard(sample, today);

      expect(summary.overdue.map((a) => a.title)).toEqual([
        'Session 4 assignment: Security Fundamentals, Organizational Management',
      ]);
      expect(summary.dueSoon.length).toBeGreaterThanOrEqual(2);
      expect(summary.dueSoon.map((a) => a.status)).toContain('needs-revision');
      expect(summary.assignmentsPassed).toBeGreaterThanOrEqual(5);
      expect(summary.assignmentsPassed).toBeLessThan(summary.assignmentsTotal / 2);
      expect(summary.sessionsAttended).toBe(3);
      expect(summary.nextSession?.number).toBe(5);
      expect(summary.daysToNextSession).toBeGreaterThan(0);
      expect(summary.mentorContactsThisMonth).toBeGreaterThanOrEqual(2);
    },
  );

  it('grades passed work with comments and asks for one revision', () => {
    const sample = buildSamplePortfolio({
      now: NOWS[0]!,
      newId: counterIds(),
      artifactFiles: FILES,
    });
    const passed = sample.assignments.filter((a) => a.status === 'passed');
    expect(passed.every((a) => a.grade !== '')).toBe(true);
    expect(passed.filter((a) => a.graderComment !== '').length).toBeGreaterThanOrEqual(2);
    const revisions = sample.assignments.filter((a) => a.status === 'needs-revision');
    expect(revisions).toHaveLength(1);
    expect(revisions[0]!.graderComment).not.toBe('');
    const statuses = new Set(sample.assignments.map((a) => a.status));
    expect([...statuses].sort()).toEqual(
      ['in-progress', 'needs-revision', 'not-started', 'passed', 'submitted'].sort(),
    );
  });

  it('keeps template due dates following their session, except the moved revision', () => {
    const sample = buildSamplePortfolio({
      now: NOWS[0]!,
      newId: counterIds(),
      artifactFiles: FILES,
    });
    const dateOf = (n: number | null) => sample.sessions.find((s) => s.number === n)?.date ?? null;
    for (const a of sample.assignments) {
      if (a.dueOffsetDays === null) continue;
      expect(a.due).toBe(derivedDueDate(dateOf(a.session), a.dueOffsetDays));
    }
    const moved = sample.assignments.filter((a) => a.dueOffsetDays === null);
    expect(moved.map((a) => a.status)).toEqual(['needs-revision']);
  });

  it('logs six or more mentor contacts on every channel, none in the future', () => {
    const now = NOWS[2]!; // 1 January: "this month" has a single day so far
    const today = localIsoDate(now);
    const sample = buildSamplePortfolio({ now, newId: counterIds(), artifactFiles: FILES });
    expect(sample.logEntries.length).toBeGreaterThanOrEqual(6);
    expect(new Set(sample.logEntries.map((e) => e.channel))).toEqual(
      new Set(['meeting', 'call', 'email', 'visit']),
    );
    for (const entry of sample.logEntries) expect(entry.date <= today).toBe(true);
    expect(sample.logEntries.filter((e) => monthOf(e.date) === monthOf(today)).length).toBe(2);
    expect(sample.logEntries.some((e) => e.date < addDays(today, -100))).toBe(true);
  });

  it('gives every record its own id from newId', () => {
    const sample = buildSamplePortfolio({
      now: NOWS[0]!,
      newId: counterIds(),
      artifactFiles: FILES,
    });
    const ids = [
      sample.portfolioId,
      sample.profile.id,
      ...sample.sessions.map((s) => s.id),
      ...sample.assignments.map((a) => a.id),
      ...sample.logEntries.map((e) => e.id),
    ];
    expect(ids.every((id) => id.startsWith('sample-'))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
