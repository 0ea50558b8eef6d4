import type { Artifact } from '@shared/domain/artifact';
import type { Assignment } from '@shared/domain/assignment';
import type { LogEntry } from '@shared/domain/log-entry';
import type { Portfolio } from '@shared/domain/portfolio';
import { isLive } from '@shared/domain/record';
import type { Session } from '@shared/domain/session';

/** What the screens show: records not deleted, in the order people expect. */
export function liveSessions(portfolio: Portfolio): Session[] {
  return portfolio.sessions.filter(isLive).sort((a, b) => a.number - b.number);
}

/** By due date (undated last), then title. */
export function liveAssignments(portfolio: Portfolio): Assignment[] {
  return portfolio.assignments
    .filter(isLive)
    .sort(
      (a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999') || a.title.localeCompare(b.title),
    );
}

/** Newest first; entries of the same day by when they were written. */
export function liveLogEntries(portfolio: Portfolio): LogEntry[] {
  return portfolio.logEntries
    .filter(isLive)
    .sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
}

/** Newest first. */
export function liveArtifacts(portfolio: Portfolio): Artifact[] {
  return portfolio.artifacts.filter(isLive).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
