import { monthLabel } from './report-month';
import type { ProgramTemplate } from '../program/template-schema';
import { RATING_LABELS } from './rating-scale';
import type { ReceivedReview } from './received-review';
import type { ProgressReport, ReportFacts, EvaluationResult } from './review-layer';
import { ROLE_LABELS, type Reviewer } from './roles';

/**
 * The words a review is shown with, shared by the app's screens and the bundle's web version so
 * both say the same thing. Dates are formatted by each (the site in a fixed locale).
 */
export const EVALUATION_LABELS: Record<EvaluationResult, string> = {
  passed: 'Passed',
  'needs-revision': 'Needs revision',
};

/** "Dr. Alex Chen, Mentor". */
export const reviewerLine = (reviewer: Reviewer) =>
  `${reviewer.name}, ${ROLE_LABELS[reviewer.role]}`;

/** "3 · Proficient", or "Not rated". */
export const ratingText = (level: keyof typeof RATING_LABELS | null) =>
  level === null ? 'Not rated' : `${level} · ${RATING_LABELS[level]}`;

/** The facts of a report in the order they are shown, with their labels. */
export const REPORT_FACT_LABELS: ReadonlyArray<
  readonly [Exclude<keyof ReportFacts, 'from' | 'to'>, string]
> = [
  ['sessionsAttended', 'Sessions attended'],
  ['assignmentsSubmitted', 'Assignments submitted'],
  ['assignmentsPassed', 'Assignments passed'],
  ['newReflections', 'New reflections'],
  ['newArtifacts', 'New artifacts'],
  ['contacts', 'Contacts (both logs)'],
  ['workStudyHours', 'Work-study hours'],
];

/** "November 2026" for "2026-11": the one month label of report-month.ts. */
export const reportMonthLabel = monthLabel;

/** Rubric criterion titles of the program, by criterion id (an unknown id shows as itself). */
export function criterionTitles(program: ProgramTemplate): ReadonlyMap<string, string> {
  return new Map(program.rubrics.flatMap((rubric) => rubric.criteria.map((c) => [c.id, c.title])));
}

/** Competency titles of the program (the nine candidate areas among them), by id. */
export function competencyTitles(program: ProgramTemplate): ReadonlyMap<string, string> {
  return new Map(program.frameworks.flatMap((f) => f.competencies.map((c) => [c.id, c.title])));
}

export interface ReviewerReports {
  reviewer: Reviewer;
  /** The reviewer's final reports, newest month first. */
  reports: ProgressReport[];
}

/**
 * Final reports per reviewer (mentor and instructor side by side), reviewers by name. Drafts and
 * deleted reports are never shown to the candidate.
 */
export function finalReportsByReviewer(reviews: readonly ReceivedReview[]): ReviewerReports[] {
  return reviews
    .map((review) => ({
      reviewer: review.reviewer,
      reports: review.layer.reports
        .filter((r) => r.state === 'final' && r.deletedAt === null)
        .sort((a, b) => (a.month < b.month ? 1 : a.month > b.month ? -1 : 0)),
    }))
    .filter((entry) => entry.reports.length > 0)
    .sort((a, b) => a.reviewer.name.localeCompare(b.reviewer.name, 'en'));
}
