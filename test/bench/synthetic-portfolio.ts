import { ASSIGNMENT_KINDS, ASSIGNMENT_STATUSES, type Assignment } from '@shared/domain/assignment';
import { addDays } from '@shared/domain/dates';
import { LOG_CHANNELS, type LogEntry } from '@shared/domain/log-entry';
import type { Portfolio } from '@shared/domain/portfolio';
import { newRecordMeta, touched } from '@shared/domain/record';
import { DEFAULT_PROGRAM } from '@shared/program/default-program';
import { newPortfolio } from '@shared/program/new-portfolio';

/** Far more than a real candidate ever has: the benchmarks' worst case. */
export const SYNTHETIC_SIZE = { assignments: 2_000, logEntries: 500 } as const;

/**
 * A portfolio in use (welcome done) with SYNTHETIC_SIZE records: assignments of every kind and
 * status across the sessions, due from two months before `now` to four months after, so the
 * dashboard has overdue, due-soon and later work to sort; log entries over the last three months.
 */
export function syntheticPortfolio(now: Date): Portfolio {
  let n = 0;
  const newId = () => `bench-${++n}`;
  const today = now.toISOString().slice(0, 10);
  const base = newPortfolio({ template: DEFAULT_PROGRAM, now, newId });
  const pick = <T>(list: readonly T[], i: number): T => list[i % list.length]!;
  const assignments = Array.from({ length: SYNTHETIC_SIZE.assignments }, (_, i): Assignment => ({
    ...newRecordMeta(newId(), now),
    title: `Assignment ${i + 1}: district technology plan review`,
    kind: pick(ASSIGNMENT_KINDS, i),
    session: (i % 8) + 1,
    description: 'Read the district technology plan and write a one-page critique. '.repeat(4),
    due: addDays(today, (i % 180) - 60),
    dueOffsetDays: null,
    status: pick(ASSIGNMENT_STATUSES, i),
    grade: '',
    graderComment: '',
  }));
  const logEntries = Array.from({ length: SYNTHETIC_SIZE.logEntries }, (_, i): LogEntry => ({
    ...newRecordMeta(newId(), now),
    date: addDays(today, -(i % 90)),
    channel: pick(LOG_CHANNELS, i),
    summary: `Call ${i + 1} with the mentor about budgeting and staffing.`,
    followUps: 'Send the draft budget; book the next call.',
  }));
  const profile = touched(
    base.profile,
    { name: 'Bench Candidate', welcomeCompletedAt: now.toISOString() },
    now,
  );
  return { ...base, profile, assignments, logEntries };
}
