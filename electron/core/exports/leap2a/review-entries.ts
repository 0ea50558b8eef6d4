import type { ProgressReport } from '@shared/review/review-layer';
import {
  competencyTitles,
  criterionTitles,
  finalReportsByReviewer,
  ratingText,
  REPORT_FACT_LABELS,
  reportMonthLabel,
  reviewerLine,
} from '@shared/review/review-labels';
import { ROLE_LABELS, type Reviewer } from '@shared/review/roles';
import { reportClosing, REPORT_TEXT_FIELDS } from '../../site/report-closing';
import { gradeLine } from '../../site/review-grades';
import { SITE_TEXT } from '../../site/site-text';
import { leapDate, type Leap2aContext } from './leap2a-context';
import { paragraphsContent, type TextParagraph } from './text-xhtml';

/** The reviewer as an Atom author: their name, or their role when they gave none. */
const authorOf = (reviewer: Reviewer) => reviewer.name.trim() || ROLE_LABELS[reviewer.role];

/**
 * Every reviewer's grade of every assignment in the feed as an `entry` written by that reviewer
 * (one per reviewer and assignment, as the review stores them), reflecting on the assignment.
 */
export function addGrades({ model, parts }: Leap2aContext): void {
  const criteria = criterionTitles(model.portfolio.program);
  for (const assignment of model.assignments) {
    const plan = parts.idOf('assignment', assignment.id);
    for (const grade of model.gradesByAssignment.get(assignment.id) ?? []) {
      const rubric = grade.rubric.map(
        (s) => `${criteria.get(s.criterionId) ?? s.criterionId}: ${ratingText(s.level)}`,
      );
      const id = parts.add('grade', `${grade.reviewer.reviewerId}/${assignment.id}`, {
        type: 'entry',
        title: `Grade: ${assignment.title}`,
        published: grade.gradedAt,
        updated: grade.gradedAt,
        author: authorOf(grade.reviewer),
        content: paragraphsContent([
          gradeLine(grade),
          ['Rubric', rubric.join('\n')],
          ['Comment', grade.comment],
        ]),
      });
      parts.relate(id, 'reflects_on', plan);
    }
  }
}

function reportParagraphs(report: ProgressReport, reviewer: Reviewer, areas: Map<string, string>) {
  const { facts } = report;
  const paragraphs: TextParagraph[] = [
    ['By', reviewerLine(reviewer)],
    ...REPORT_FACT_LABELS.map(([key, label]): TextParagraph => [label, String(facts[key])]),
    ...report.ratings.map((r): TextParagraph => [
      areas.get(r.areaId) ?? r.areaId,
      r.note.trim() === '' ? ratingText(r.level) : `${ratingText(r.level)}. ${r.note}`,
    ]),
    ...REPORT_TEXT_FIELDS.map(([key, label]): TextParagraph => [label, report[key]]),
    ...reportClosing(report),
    SITE_TEXT.finalHash(report.sha256 ?? ''),
  ];
  return paragraphs;
}

/**
 * Each reviewer's final monthly progress report as an `entry` written by the reviewer, dated by
 * the period it covers, reflecting on the candidate and related to the areas it rates. Drafts
 * and deleted reports are never shown to the candidate, so they are not exported either.
 */
export function addReports({ model, parts }: Leap2aContext, person: string): void {
  const areas = new Map(competencyTitles(model.portfolio.program));
  for (const { reviewer, reports } of finalReportsByReviewer(model.reviews)) {
    for (const report of reports) {
      const id = parts.add('report', `${reviewer.reviewerId}/${report.id}`, {
        type: 'entry',
        title: `Progress report, ${reportMonthLabel(report.month)}`,
        published: report.finalizedAt ?? report.createdAt,
        updated: report.updatedAt,
        author: authorOf(reviewer),
        content: paragraphsContent(reportParagraphs(report, reviewer, areas)),
        dates: [
          ...(report.facts.from === null ? [] : [leapDate('start', report.facts.from)]),
          leapDate('end', report.facts.to),
        ],
      });
      parts.relate(id, 'reflects_on', person);
      for (const rating of report.ratings) {
        parts.relate(id, 'relation', parts.idOf('competency', rating.areaId));
      }
    }
  }
}
