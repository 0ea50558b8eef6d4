import type { Assignment } from '@shared/domain/assignment';
import { ASSIGNMENT_STATUS_LABELS } from '@shared/domain/assignment';
import type { IsoDate } from '@shared/domain/dates';
import type { Portfolio } from '@shared/domain/portfolio';
import { isLive } from '@shared/domain/record';
import { summarizeDashboard } from '@shared/progress/dashboard-summary';
import { urgencyOf, type Urgency } from '@shared/progress/assignment-urgency';
import { bySessionThenDue, sessionEventSummary } from '../core';

/**
 * What `cto-portfolio status --json` prints: one object, stable keys, for scripts. Sessions are
 * kickoff (0) to final (9); assignments in program order; counts as the dashboard shows them.
 */
export interface StatusReport {
  dataDir: string;
  today: IsoDate;
  portfolioId: string;
  profile: { name: string; organisation: string; mentorName: string; cohortYear: number | null };
  nextSession: { number: number; title: string; date: IsoDate; daysAway: number } | null;
  sessions: {
    number: number;
    title: string;
    date: IsoDate | null;
    place: string;
    attendance: string;
  }[];
  assignments: {
    id: string;
    title: string;
    kind: Assignment['kind'];
    session: number | null;
    due: IsoDate | null;
    status: Assignment['status'];
    grade: string;
    urgency: Urgency;
  }[];
  counts: {
    passed: number;
    total: number;
    attended: number;
    sessionsTotal: number;
    overdue: number;
    dueSoon: number;
    mentorContactsThisMonth: number;
  };
}

export function statusReport(portfolio: Portfolio, today: IsoDate, dataDir: string): StatusReport {
  const summary = summarizeDashboard(portfolio, today);
  const { name, organisation, mentorName, cohortYear } = portfolio.profile;
  const next = summary.nextSession;
  return {
    dataDir,
    today,
    portfolioId: portfolio.portfolioId,
    profile: { name, organisation, mentorName, cohortYear },
    nextSession:
      next?.date && summary.daysToNextSession !== null
        ? {
            number: next.number,
            title: next.title,
            date: next.date,
            daysAway: summary.daysToNextSession,
          }
        : null,
    sessions: portfolio.sessions
      .filter(isLive)
      .sort((a, b) => a.number - b.number)
      .map(({ number, title, date, place, attendance }) => ({
        number,
        title,
        date,
        place,
        attendance,
      })),
    assignments: portfolio.assignments
      .filter(isLive)
      .sort(bySessionThenDue)
      .map((a) => ({
        id: a.id,
        title: a.title,
        kind: a.kind,
        session: a.session,
        due: a.due,
        status: a.status,
        grade: a.grade,
        urgency: urgencyOf(a, today),
      })),
    counts: {
      passed: summary.assignmentsPassed,
      total: summary.assignmentsTotal,
      attended: summary.sessionsAttended,
      sessionsTotal: summary.sessionsTotal,
      overdue: summary.overdue.length,
      dueSoon: summary.dueSoon.length,
      mentorContactsThisMonth: summary.mentorContactsThisMonth,
    },
  };
}

function daysPhrase(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  return `in ${days} days`;
}

function assignmentLines(heading: string, items: StatusReport['assignments']): string[] {
  if (items.length === 0) return [];
  return [
    `${heading} (${items.length}):`,
    ...items.map(
      (a) => `  ${a.due ?? '----------'}  ${a.title}  [${ASSIGNMENT_STATUS_LABELS[a.status]}]`,
    ),
  ];
}

/** The same report for a person at a terminal. */
export function formatStatus(report: StatusReport): string {
  const { profile, counts, nextSession } = report;
  const who = [
    profile.name || 'Portfolio (no name yet)',
    profile.organisation,
    profile.mentorName && `mentor ${profile.mentorName}`,
    profile.cohortYear !== null && `cohort ${profile.cohortYear}`,
  ].filter(Boolean);
  const byDue = (a: { due: string | null }, b: { due: string | null }) =>
    (a.due ?? '').localeCompare(b.due ?? '');
  const lines = [
    who.join(' · '),
    `Data folder: ${report.dataDir}`,
    nextSession
      ? `Next session: ${sessionEventSummary(nextSession)} on ${nextSession.date} (${daysPhrase(nextSession.daysAway)})`
      : 'Next session: none scheduled',
    `Sessions attended: ${counts.attended} of ${counts.sessionsTotal}`,
    `Assignments passed: ${counts.passed} of ${counts.total}`,
    ...assignmentLines(
      'Overdue',
      report.assignments.filter((a) => a.urgency === 'overdue').sort(byDue),
    ),
    ...assignmentLines(
      'Due soon',
      report.assignments.filter((a) => a.urgency === 'due-soon').sort(byDue),
    ),
    `Mentor contacts this month: ${counts.mentorContactsThisMonth}`,
  ];
  return `${lines.join('\n')}\n`;
}
