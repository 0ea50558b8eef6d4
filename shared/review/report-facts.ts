import type { Artifact } from '../domain/artifact';
import type { Assignment, AssignmentStatus } from '../domain/assignment';
import type { LogEntry } from '../domain/log-entry';
import { isLive, type RecordMeta } from '../domain/record';
import type { Session } from '../domain/session';
import { firstDayOf, lastDayOf, nextMonth } from './report-month';
import type { ReportFacts, ReviewLayerContent } from './review-layer';

/** What the facts of a monthly report are counted from. */
export interface ReportFactsSource {
  /** The report's month, "YYYY-MM". */
  month: string;
  /** The month of the reviewer's previous report (the latest before `month`), if any. */
  previousMonth: string | null;
  /** The candidate's copy, as their latest bundle holds it. */
  portfolio: {
    sessions: readonly Session[];
    assignments: readonly Assignment[];
    logEntries: readonly LogEntry[];
    artifacts: readonly Artifact[];
  };
  reflections: readonly RecordMeta[];
  layer: Pick<ReviewLayerContent, 'evaluations' | 'attendance' | 'workStudy'>;
}

const HANDED_IN: ReadonlySet<AssignmentStatus> = new Set([
  'submitted',
  'returned',
  'passed',
  'needs-revision',
]);

/**
 * The facts filled in for the mentor: what happened from the day after the previous report's
 * month (or from the start, for the first report) to the end of the report's month. Records
 * carry no history, so a change counts in the period of its latest date: an assignment handed in
 * (submitted or further) or passed by the date it last changed or was graded, a reflection or
 * artifact by when it was made, a contact by its date. Deleted records count for nothing.
 */
export function reportFacts(source: ReportFactsSource): ReportFacts {
  const from = source.previousMonth === null ? null : firstDayOf(nextMonth(source.previousMonth));
  const to = lastDayOf(source.month);
  const within = (date: string | null): boolean =>
    date !== null && (from === null || date.slice(0, 10) >= from) && date.slice(0, 10) <= to;
  const { portfolio, layer } = source;
  const confirmed = new Set(
    layer.attendance.filter((a) => isLive(a) && a.confirmed).map((a) => a.sessionId),
  );
  const assignments = portfolio.assignments.filter(isLive);
  const live = new Set(assignments.map((a) => a.id));
  const graded = layer.evaluations.filter(
    (e) => isLive(e) && live.has(e.assignmentId) && within(e.updatedAt),
  );
  const changed = assignments.filter((a) => within(a.updatedAt));
  const workStudy = layer.workStudy.filter((w) => isLive(w) && within(w.date));
  return {
    from,
    to,
    sessionsAttended: portfolio.sessions.filter(
      (s) => isLive(s) && within(s.date) && (s.attendance === 'attended' || confirmed.has(s.id)),
    ).length,
    assignmentsSubmitted: new Set([
      ...changed.filter((a) => HANDED_IN.has(a.status)).map((a) => a.id),
      ...graded.map((e) => e.assignmentId),
    ]).size,
    assignmentsPassed: new Set([
      ...changed.filter((a) => a.status === 'passed').map((a) => a.id),
      ...graded.filter((e) => e.result === 'passed').map((e) => e.assignmentId),
    ]).size,
    newReflections: source.reflections.filter((r) => isLive(r) && within(r.createdAt)).length,
    newArtifacts: portfolio.artifacts.filter((a) => isLive(a) && within(a.createdAt)).length,
    contacts:
      portfolio.logEntries.filter((e) => isLive(e) && within(e.date)).length + workStudy.length,
    workStudyHours: Math.round(workStudy.reduce((sum, w) => sum + w.hours, 0) * 100) / 100,
  };
}
