import {
  ASSIGNMENT_KIND_LABELS,
  ASSIGNMENT_STATUS_LABELS,
  type Assignment,
} from '@shared/domain/assignment';
import { multilineText } from '../details-list';
import { html, type SafeHtml } from '../html';
import { renderPage } from '../page-layout';
import { gradeLines, reviewerGradesSection } from '../review-grades';
import { sessionName } from '../record-labels';
import type { SiteFile } from '../site-file';
import type { SiteModel } from '../site-model';
import { SITE_PATHS } from '../site-paths';
import { formatSiteDate, SITE_TEXT } from '../site-text';

const PATH = SITE_PATHS.assignments;

function assignmentRow(model: SiteModel, assignment: Assignment): SafeHtml {
  return html`<tr>
    <th scope="row">${assignment.title}</th>
    <td>${ASSIGNMENT_KIND_LABELS[assignment.kind]}</td>
    <td>${sessionName(assignment.session)}</td>
    <td>${assignment.due ? formatSiteDate(assignment.due) : SITE_TEXT.noDate}</td>
    <td>${ASSIGNMENT_STATUS_LABELS[assignment.status]}</td>
    <td>${assignment.grade || SITE_TEXT.notSet}</td>
    <td>${gradeLines(model, assignment)}</td>
  </tr>`;
}

/**
 * The grader's comments: the mentor's or instructor's feedback this portfolio holds today (the
 * mentor's own review layer comes with review bundles). The section exists only when there is one.
 */
function mentorFeedback(assignments: readonly Assignment[]): SafeHtml | '' {
  const commented = assignments.filter((a) => a.graderComment.trim() !== '');
  if (commented.length === 0) return '';
  const items = commented.map(
    (a, index) =>
      html`<section aria-labelledby="feedback-${index + 1}">
        <h3 id="feedback-${index + 1}">${a.title}</h3>
        ${a.grade ? html`<p>Grade: ${a.grade}</p>` : ''} ${multilineText(a.graderComment)}
      </section>`,
  );
  return html`<section aria-labelledby="mentor-feedback-heading">
    <h2 id="mentor-feedback-heading">${SITE_TEXT.mentorFeedback}</h2>
    ${items}
  </section>`;
}

/** The main content of the assignments page, starting with its h1 (also a section of the PDF). */
export function assignmentsMain(model: SiteModel): SafeHtml {
  const main = html`<h1>${SITE_TEXT.pages.assignments}</h1>
    <section aria-labelledby="grades-heading">
      <h2 id="grades-heading">Assignments and grades</h2>
      ${
        model.assignments.length > 0
          ? html`<table>
              <caption>
                Every assignment in program order with its kind, session, due date, status, grade
                and reviewers' grades
              </caption>
              <thead>
                <tr>
                  <th scope="col">Assignment</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Session</th>
                  <th scope="col">Due</th>
                  <th scope="col">Status</th>
                  <th scope="col">Grade</th>
                  <th scope="col">${SITE_TEXT.reviewedBy}</th>
                </tr>
              </thead>
              <tbody>
                ${model.assignments.map((a) => assignmentRow(model, a))}
              </tbody>
            </table>`
          : html`<p>No assignments.</p>`
      }
    </section>
    ${reviewerGradesSection(model)} ${mentorFeedback(model.assignments)}`;
  return main;
}

/** site/assignments.html: every assignment with its status and grade, then the feedback given. */
export function assignmentsPage(model: SiteModel): SiteFile {
  return renderPage(model, {
    path: PATH,
    section: 'assignments',
    title: SITE_TEXT.pages.assignments,
    main: assignmentsMain(model),
  });
}
