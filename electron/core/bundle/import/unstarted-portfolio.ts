import type { Portfolio } from '@shared/domain/portfolio';

/** What lives beside portfolio.json, counted: any of it is the user's own work. */
export interface BesidePortfolio {
  /** Reflection files, tombstones included. */
  reflections: number;
  /** Files in the artifact content store. */
  artifactFiles: number;
}

/**
 * Whether a data folder's portfolio is still the one the app made at first start: nothing the
 * user could miss if a bundle replaced it. Precisely: no reflection, no artifact (record or
 * file), no log entry, every session and assignment as the template made it (revision 1), and
 * the profile's fields empty; the welcome may have been completed or skipped, as long as it
 * filled in nothing (completing it with a name or dates counts as work).
 */
export function isUnstartedPortfolio(portfolio: Portfolio, beside: BesidePortfolio): boolean {
  const { profile } = portfolio;
  return (
    beside.reflections === 0 &&
    beside.artifactFiles === 0 &&
    portfolio.artifacts.length === 0 &&
    portfolio.logEntries.length === 0 &&
    portfolio.sessions.every((session) => session.revision === 1) &&
    portfolio.assignments.every((assignment) => assignment.revision === 1) &&
    profile.name === '' &&
    profile.organisation === '' &&
    profile.mentorName === '' &&
    profile.cohortYear === null
  );
}
