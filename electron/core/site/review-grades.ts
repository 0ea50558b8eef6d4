import type { Assignment } from '@shared/domain/assignment';
import type { Grade } from '@shared/review/effective-status';
import {
  criterionTitles,
  EVALUATION_LABELS,
  ratingText,
  reviewerLine,
} from '@shared/review/review-labels';
import { multilineText } from './details-list';
import { html, type SafeHtml } from './html';
import type { SiteModel } from './site-model';
import { formatSiteDate, SITE_TEXT } from './site-text';

/** "Passed, graded by Dr. Alex Chen, Mentor, Tue, Nov 10, 2026". */
export function gradeLine(grade: Grade): string {
  return SITE_TEXT.gradedBy(
    EVALUATION_LABELS[grade.result],
    reviewerLine(grade.reviewer),
    formatSiteDate(grade.gradedAt),
  );
}

/** The grades of an assignment for its row in the table: one line each, newest first. */
export function gradeLines(model: SiteModel, assignment: Assignment): SafeHtml | string {
  const grades = model.gradesByAssignment.get(assignment.id) ?? [];
  if (grades.length === 0) return SITE_TEXT.notSet;
  return html`${grades.map((grade) => html`<span class="grade-line">${gradeLine(grade)}</span>`)}`;
}

function gradeDetails(grade: Grade, criteria: ReadonlyMap<string, string>): SafeHtml {
  const scores = grade.rubric.map(
    (score) =>
      html`<li>
        ${criteria.get(score.criterionId) ?? score.criterionId}: ${ratingText(score.level)}
      </li>`,
  );
  return html`<div class="grade">
    <p>${gradeLine(grade)}</p>
    ${
      scores.length > 0
        ? html`<ul class="links">
            ${scores}
          </ul>`
        : ''
    }
    ${grade.comment.trim() !== '' ? multilineText(grade.comment) : ''}
  </div>`;
}

/**
 * Rubric scores and comments of every graded assignment: the section exists only when some
 * reviewer graded one. Every text is escaped by `html`.
 */
export function reviewerGradesSection(model: SiteModel): SafeHtml | '' {
  const graded = model.assignments.filter((a) => model.gradesByAssignment.has(a.id));
  if (graded.length === 0) return '';
  const criteria = criterionTitles(model.portfolio.program);
  const items = graded.map(
    (assignment, index) =>
      html`<section aria-labelledby="grades-${index + 1}">
        <h3 id="grades-${index + 1}">${assignment.title}</h3>
        ${(model.gradesByAssignment.get(assignment.id) ?? []).map((g) => gradeDetails(g, criteria))}
      </section>`,
  );
  return html`<section aria-labelledby="reviewer-grades-heading">
    <h2 id="reviewer-grades-heading">${SITE_TEXT.reviewerGrades}</h2>
    ${items}
  </section>`;
}
