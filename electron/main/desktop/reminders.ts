import { isOpenStatus, type Assignment } from '@shared/domain/assignment';
import { isLive } from '@shared/domain/record';
import { daysBetween } from '@shared/domain/dates';

/** One desktop notification: shown at most once a day per `key`. */
export interface Reminder {
  key: string;
  title: string;
  body: string;
  /** The app's page it opens (a hash route). */
  route: string;
}

/** What a reviewer's reminder needs of My candidates. */
export interface ReportDue {
  portfolioId: string;
  name: string;
  /** YYYY-MM-DD. */
  due: string;
  /** "November 2026": the month the report is about. */
  monthLabel: string;
}

const REPORT_WARNING_DAYS = 3;

function dueWords(days: number): string | null {
  if (days < 0) return `was due ${-days === 1 ? 'yesterday' : `${-days} days ago`}`;
  if (days === 0) return 'is due today';
  if (days === 1) return 'is due tomorrow';
  return null;
}

/**
 * The reminders for `today` (YYYY-MM-DD in the user's time zone): the candidate's open assignments
 * due today or tomorrow, and every overdue one in one notification; for a reviewer, each progress
 * report due within three days or overdue. Pure, so the schedule's tests need no clock.
 */
export function dueReminders(
  today: string,
  {
    assignments = [],
    reports = [],
  }: { assignments?: readonly Assignment[]; reports?: readonly ReportDue[] },
): Reminder[] {
  const open = assignments.filter((a) => isLive(a) && a.due !== null && isOpenStatus(a.status));
  const reminders: Reminder[] = [];
  for (const assignment of open) {
    const days = daysBetween(today, assignment.due!);
    if (days === 0 || days === 1) {
      reminders.push({
        key: `assignment:${assignment.id}:${today}`,
        title: `“${assignment.title}” ${dueWords(days)}`,
        body: 'Open it to finish it or change its status.',
        route: `/assignments/${assignment.id}`,
      });
    }
  }
  const overdue = open.filter((a) => daysBetween(today, a.due!) < 0);
  if (overdue.length > 0) {
    reminders.push({
      key: `overdue:${today}`,
      title:
        overdue.length === 1
          ? `“${overdue[0]!.title}” is overdue`
          : `${overdue.length} assignments are overdue`,
      body: 'See them on the Assignments page.',
      route: '/assignments?status=overdue',
    });
  }
  for (const report of reports) {
    const days = daysBetween(today, report.due);
    if (days > REPORT_WARNING_DAYS) continue;
    const when = dueWords(days) ?? `is due in ${days} days`;
    reminders.push({
      key: `report:${report.portfolioId}:${report.due}:${today}`,
      title: `${report.name}’s progress report for ${report.monthLabel} ${when}`,
      body: 'Open Progress reports to write or finish it.',
      route: `/candidates/${report.portfolioId}/reports`,
    });
  }
  return reminders;
}

/** The hour of the daily reminder, local time. */
export const DAILY_HOUR = 9;

/**
 * When the next daily check runs after `now`: the next 09:00 local time. Computed in local
 * calendar terms, so a day of 23 or 25 hours (a DST change) still lands on 09:00.
 */
export function nextDailyRun(now: Date): Date {
  const next = new Date(now.getFullYear(), now.getMonth(), now.getDate(), DAILY_HOUR, 0, 0, 0);
  if (next.getTime() <= now.getTime()) next.setDate(next.getDate() + 1);
  return next;
}
