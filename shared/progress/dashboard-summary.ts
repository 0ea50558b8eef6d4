import type { Assignment } from '../domain/assignment';
import { daysBetween, monthOf, type IsoDate } from '../domain/dates';
import type { Portfolio } from '../domain/portfolio';
import { isLive } from '../domain/record';
import { isProgramSession, PROGRAM_SESSION_COUNT, type Session } from '../domain/session';
import { urgencyOf } from './assignment-urgency';

export interface DashboardSummary {
  nextSession: Session | null;
  daysToNextSession: number | null;
  overdue: Assignment[];
  dueSoon: Assignment[];
  /** Open assignments with a due date, soonest first (at most five). */
  dueNext: Assignment[];
  assignmentsPassed: number;
  assignmentsTotal: number;
  sessionsAttended: number;
  sessionsTotal: number;
  mentorContactsThisMonth: number;
}

const byDue = (a: Assignment, b: Assignment) => (a.due ?? '').localeCompare(b.due ?? '');

/** Everything the dashboard and `cto-portfolio status` show, from the portfolio and today's date. */
export function summarizeDashboard(portfolio: Portfolio, today: IsoDate): DashboardSummary {
  const sessions = portfolio.sessions.filter(isLive).sort((a, b) => a.number - b.number);
  const assignments = portfolio.assignments.filter(isLive);
  const upcoming = sessions.filter((s) => s.date !== null && s.date >= today);
  const nextSession =
    upcoming.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''))[0] ?? null;
  const withUrgency = assignments.map((a) => ({ a, u: urgencyOf(a, today) }));
  return {
    nextSession,
    daysToNextSession: nextSession?.date ? daysBetween(today, nextSession.date) : null,
    overdue: withUrgency
      .filter((x) => x.u === 'overdue')
      .map((x) => x.a)
      .sort(byDue),
    dueSoon: withUrgency
      .filter((x) => x.u === 'due-soon')
      .map((x) => x.a)
      .sort(byDue),
    dueNext: withUrgency
      .filter((x) => x.u === 'due-soon' || x.u === 'later')
      .map((x) => x.a)
      .sort(byDue)
      .slice(0, 5),
    assignmentsPassed: assignments.filter((a) => a.status === 'passed').length,
    assignmentsTotal: assignments.length,
    sessionsAttended: sessions.filter(
      (s) => isProgramSession(s.number) && s.attendance === 'attended',
    ).length,
    sessionsTotal: PROGRAM_SESSION_COUNT,
    mentorContactsThisMonth: portfolio.logEntries.filter(
      (e) => isLive(e) && monthOf(e.date) === monthOf(today),
    ).length,
  };
}
