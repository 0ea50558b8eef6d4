import { evidenceCoverage, type EvidenceRow } from '@shared/progress/evidence-coverage';
import { artifactLinks, reflectionLinks } from '../evidence-links';
import { html, type SafeHtml } from '../html';
import { renderPage } from '../page-layout';
import type { SiteFile } from '../site-file';
import type { SiteModel } from '../site-model';
import { SITE_PATHS } from '../site-paths';
import { SITE_TEXT } from '../site-text';

const PATH = SITE_PATHS.evidence;

function evidenceRow(model: SiteModel, row: EvidenceRow, withGroup: boolean): SafeHtml {
  return html`<tr>
    <th scope="row">${row.competency.title}</th>
    ${withGroup ? html`<td>${row.competency.group ?? ''}</td>` : ''}
    <td>${row.covered ? 'Yes' : 'No'}</td>
    <td>${reflectionLinks(model, PATH, row.reflectionIds)}</td>
    <td>${artifactLinks(model, PATH, row.artifactIds)}</td>
  </tr>`;
}

/** The main content of the evidence page, starting with its h1 (also a section of the PDF). */
export function evidenceMain(model: SiteModel): SafeHtml {
  const { frameworks } = model.portfolio.program;
  const coverage = evidenceCoverage(
    frameworks,
    model.reflections.map((r) => r.record),
    model.artifacts.map((a) => a.record),
  );
  let offset = 0;
  const sections = coverage.frameworks.map((summary, index) => {
    // Rows come framework by framework; slicing (not matching ids) holds even for repeated ids.
    const rows = coverage.rows.slice(offset, (offset += summary.total));
    const withGroup = rows.some((row) => row.competency.group);
    const headingId = `framework-${index + 1}`;
    return html`<section aria-labelledby="${headingId}">
      <h2 id="${headingId}">${summary.title}</h2>
      <p>${SITE_TEXT.ofTotal(summary.covered, summary.total)} competencies have evidence.</p>
      <table>
        <caption>
          ${summary.title}: competencies and the reflections and artifacts that show them
        </caption>
        <thead>
          <tr>
            <th scope="col">Competency</th>
            ${withGroup ? html`<th scope="col">Group</th>` : ''}
            <th scope="col">Evidence</th>
            <th scope="col">Reflections</th>
            <th scope="col">Artifacts</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map((row) => evidenceRow(model, row, withGroup))}
        </tbody>
      </table>
    </section>`;
  });
  const main = html`<h1>${SITE_TEXT.pages.evidence}</h1>
    ${sections}`;
  return main;
}

/** site/evidence.html: for each framework, each competency and the evidence tagged with it. */
export function evidencePage(model: SiteModel): SiteFile {
  return renderPage(model, {
    path: PATH,
    section: 'evidence',
    title: SITE_TEXT.pages.evidence,
    main: evidenceMain(model),
  });
}
