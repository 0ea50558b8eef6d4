import type { ProgressReport } from '@shared/review/review-layer';
import {
  competencyTitles,
  finalReportsByReviewer,
  ratingText,
  REPORT_FACT_LABELS,
  reportMonthLabel,
  reviewerLine,
} from '@shared/review/review-labels';
import { detailsList, multilineText } from '../details-list';
import { html, type HtmlValue, type SafeHtml } from '../html';
import { reportClosing, REPORT_TEXT_FIELDS } from '../report-closing';
import { renderPage } from '../page-layout';
import type { SiteFile } from '../site-file';
import type { SiteModel } from '../site-model';
import { SITE_PATHS } from '../site-paths';
import { SITE_TEXT } from '../site-text';

const PATH = SITE_PATHS.reports;

function ratingsTable(report: ProgressReport, areas: ReadonlyMap<string, string>): SafeHtml | '' {
  if (report.ratings.length === 0) return '';
  return html`<table>
    <caption>
      ${SITE_TEXT.ratingsCaption}
    </caption>
    <thead>
      <tr>
        <th scope="col">Area</th>
        <th scope="col">Rating</th>
        <th scope="col">Note</th>
      </tr>
    </thead>
    <tbody>
      ${report.ratings.map(
        (rating) =>
          html`<tr>
            <th scope="row">${areas.get(rating.areaId) ?? rating.areaId}</th>
            <td>${ratingText(rating.level)}</td>
            <td>${rating.note ? multilineText(rating.note) : ''}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

/** One report: its month, facts, ratings, texts and sign-off (also the body of its own PDF). */
export function reportSection(
  report: ProgressReport,
  id: string,
  areas: ReadonlyMap<string, string>,
) {
  return html`<section aria-labelledby="${id}">
    <h3 id="${id}">${reportMonthLabel(report.month)}</h3>
    ${detailsList(REPORT_FACT_LABELS.map(([key, label]) => [label, report.facts[key]]))}
    ${ratingsTable(report, areas)}
    ${detailsList([
      ...REPORT_TEXT_FIELDS.map(([key, label]): [string, HtmlValue] => [
        label,
        report[key] ? multilineText(report[key]) : '',
      ]),
      ...reportClosing(report),
    ])}
    ${report.sha256 ? html`<p class="report-hash">${SITE_TEXT.finalHash(report.sha256)}</p>` : ''}
  </section>`;
}

/** The main content of the reports page, starting with its h1 (also a section of the PDF). */
export function reportsMain(model: SiteModel): SafeHtml {
  const areas = competencyTitles(model.portfolio.program);
  const groups = finalReportsByReviewer(model.reviews);
  const main = html`<h1>${SITE_TEXT.pages.reports}</h1>
    ${
      groups.length === 0
        ? html`<p>${SITE_TEXT.noReports}</p>`
        : groups.map(
            ({ reviewer, reports }, g) =>
              html`<section aria-labelledby="reviewer-${g + 1}">
                <h2 id="reviewer-${g + 1}">${reviewerLine(reviewer)}</h2>
                ${reports.map((report, r) => reportSection(report, `report-${g + 1}-${r + 1}`, areas))}
              </section>`,
          )
    }`;
  return main;
}

/** site/reports.html: the final monthly progress reports, per reviewer (mentor and instructor). */
export function reportsPage(model: SiteModel): SiteFile {
  return renderPage(model, {
    path: PATH,
    section: 'reports',
    title: SITE_TEXT.pages.reports,
    main: reportsMain(model),
  });
}
