import type { CandidateRow } from '@shared/contract/candidates-channels';
import { CANDIDATE_STALE_DAYS } from '@shared/contract/candidates-channels';
import type { AssignmentStatus } from '@shared/domain/assignment';
import { localIsoDate, monthOf } from '@shared/domain/dates';
import { urgencyOf } from '@shared/progress/assignment-urgency';
import { countChanges } from '@shared/review/portfolio-changes';
import { lastReportState, nextReportDue } from '@shared/review/report-due';
import type { Evaluation, ReviewLayerContent } from '@shared/review/review-layer';
import type { CandidateSummary } from '../reviewed/candidate-summary';
import type { ReviewFile } from '../reviewed/review-file';
import type { SeenFile } from './seen-store';

const DAY_MS = 86_400_000;

/** Per assignment, the result of the reviewer's newest live evaluation. */
export function newestEvaluations(evaluations: readonly Evaluation[]): Map<string, Evaluation> {
  const newest = new Map<string, Evaluation>();
  for (const evaluation of evaluations) {
    if (evaluation.deletedAt !== null) continue;
    const known = newest.get(evaluation.assignmentId);
    if (!known || evaluation.updatedAt > known.updatedAt) {
      newest.set(evaluation.assignmentId, evaluation);
    }
  }
  return newest;
}

/** The status the list counts with: the reviewer's newest grade where there is one. */
export function reviewedStatuses(
  summary: Pick<CandidateSummary, 'assignments'>,
  layer: Pick<ReviewLayerContent, 'evaluations'>,
): { id: string; status: AssignmentStatus; due: string | null }[] {
  const graded = newestEvaluations(layer.evaluations);
  return summary.assignments.map((a) => ({ ...a, status: graded.get(a.id)?.result ?? a.status }));
}

/** One row of My candidates, from the small files kept per candidate and the time now. */
export function candidateRow(options: {
  review: ReviewFile;
  summary: CandidateSummary;
  layer: ReviewLayerContent;
  seen: SeenFile | null;
  now: Date;
}): CandidateRow {
  const { review, summary, layer, seen, now } = options;
  const { origin } = review;
  const today = localIsoDate(now);
  const assignments = reviewedStatuses(summary, layer);
  return {
    portfolioId: origin.portfolioId,
    name: origin.name,
    organisation: origin.organisation,
    cohortYear: origin.cohortYear,
    sessionsAttended: summary.sessionsAttended,
    assignmentsPassed: assignments.filter((a) => a.status === 'passed').length,
    assignmentsTotal: assignments.length,
    overdue: assignments.filter((a) => urgencyOf(a, today) === 'overdue').length,
    latestBundleAt: origin.exportedAt,
    importedAt: review.importedAt,
    changesSinceLastLook: countChanges(seen?.stamps ?? null, summary.stamps),
    seenAt: seen?.seenAt ?? null,
    nextReport: nextReportDue(
      monthOf(localIsoDate(new Date(summary.firstExportedAt))),
      layer.reports,
      summary.reportDueDay,
    ),
    lastReportState: lastReportState(layer.reports),
    stale: now.getTime() - Date.parse(origin.exportedAt) > CANDIDATE_STALE_DAYS * DAY_MS,
  };
}
