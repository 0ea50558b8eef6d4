import { afterEach, describe, expect, it } from 'vitest';
import type { Assignment } from '@shared/domain/assignment';
import { dueReminders, nextDailyRun } from '../../../electron/main/desktop/reminders';
import { localIsoDate } from '@shared/domain/dates';

const assignment = (id: string, due: string | null, status: Assignment['status'] = 'in-progress') =>
  ({ id, title: `Task ${id}`, due, status, deletedAt: null }) as unknown as Assignment;

const TODAY = '2026-11-30';

describe('which reminders are due', () => {
  it.each([
    ['due today', assignment('a', '2026-11-30'), ['“Task a” is due today']],
    [
      'due tomorrow, across the month end',
      assignment('a', '2026-12-01'),
      ['“Task a” is due tomorrow'],
    ],
    ['due in two days: not yet', assignment('a', '2026-12-02'), []],
    ['overdue', assignment('a', '2026-11-28'), ['“Task a” is overdue']],
    ['passed: nothing', assignment('a', '2026-11-30', 'passed'), []],
    ['submitted: nothing', assignment('a', '2026-11-29', 'submitted'), []],
    ['no date: nothing', assignment('a', null), []],
  ])('%s', (_name, given, titles) => {
    expect(dueReminders(TODAY, { assignments: [given] }).map((r) => r.title)).toEqual(titles);
  });

  it('gathers every overdue assignment in one notification, keyed to the day', () => {
    const reminders = dueReminders(TODAY, {
      assignments: [
        assignment('a', '2026-11-01'),
        assignment('b', '2026-10-15'),
        assignment('c', '2026-11-30'),
      ],
    });
    expect(reminders.map((r) => [r.title, r.key, r.route])).toEqual([
      ['“Task c” is due today', 'assignment:c:2026-11-30', '/assignments/c'],
      ['2 assignments are overdue', 'overdue:2026-11-30', '/assignments?status=overdue'],
    ]);
  });

  it.each([
    ['2026-12-05', 'Jordan’s progress report for November 2026 is due in 5 days', false],
    ['2026-12-03', 'Jordan’s progress report for November 2026 is due in 3 days', true],
    ['2026-11-30', 'Jordan’s progress report for November 2026 is due today', true],
    ['2026-11-27', 'Jordan’s progress report for November 2026 was due 3 days ago', true],
  ])('a report due %s', (due, title, shown) => {
    const reminders = dueReminders(TODAY, {
      reports: [{ portfolioId: 'p-1', name: 'Jordan', due, monthLabel: 'November 2026' }],
    });
    expect(reminders.map((r) => r.title)).toEqual(shown ? [title] : []);
    if (shown) expect(reminders[0]!.route).toBe('/candidates/p-1/reports');
  });
});

describe('the daily schedule', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    process.env.TZ = zone;
  });

  it.each([
    ['before nine: today at nine', '2026-11-30T08:59:00', '2026-11-30T09:00:00', 1 / 60],
    ['at nine: tomorrow', '2026-11-30T09:00:00', '2026-12-01T09:00:00', 24],
    ['evening, across the month end', '2026-11-30T22:00:00', '2026-12-01T09:00:00', 11],
    [
      'across the end of summer time: a 25-hour day',
      '2026-10-31T09:30:00',
      '2026-11-01T09:00:00',
      24.5,
    ],
    [
      'across the start of summer time: a 23-hour day',
      '2026-03-07T09:30:00',
      '2026-03-08T09:00:00',
      22.5,
    ],
  ])('%s (New York)', (_name, now, next, hours) => {
    process.env.TZ = 'America/New_York';
    const from = new Date(now);
    const run = nextDailyRun(from);
    expect(
      `${localIsoDate(run)}T${String(run.getHours()).padStart(2, '0')}:${String(run.getMinutes()).padStart(2, '0')}:00`,
    ).toBe(next);
    expect((run.getTime() - from.getTime()) / 3_600_000).toBeCloseTo(hours, 5);
  });
});
