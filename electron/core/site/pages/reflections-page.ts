import { html, type SafeHtml } from '../html';
import { renderPage } from '../page-layout';
import { sessionName } from '../record-labels';
import type { SiteFile } from '../site-file';
import type { SiteModel, SiteReflection } from '../site-model';
import { relativeHref, SITE_PATHS } from '../site-paths';
import { formatSiteDate, SITE_TEXT } from '../site-text';

const PATH = SITE_PATHS.reflections;

function reflectionRow({ record, path }: SiteReflection): SafeHtml {
  return html`<tr>
    <th scope="row"><a href="${relativeHref(PATH, path)}">${record.title}</a></th>
    <td>${SITE_TEXT.reflectionStatus[record.status]}</td>
    <td>${sessionName(record.session)}</td>
    <td>${record.wordCount}</td>
    <td>${formatSiteDate(record.updatedAt)}</td>
  </tr>`;
}

/** The main content of the reflections page, starting with its h1 (also a section of the PDF). */
export function reflectionsMain(model: SiteModel): SafeHtml {
  const main = html`<h1>${SITE_TEXT.pages.reflections}</h1>
    ${
      model.reflections.length > 0
        ? html`<table>
            <caption>
              Reflections in the order they were written, with status, session, length and last
              change
            </caption>
            <thead>
              <tr>
                <th scope="col">Reflection</th>
                <th scope="col">Status</th>
                <th scope="col">Session</th>
                <th scope="col">Words</th>
                <th scope="col">Last changed</th>
              </tr>
            </thead>
            <tbody>
              ${model.reflections.map(reflectionRow)}
            </tbody>
          </table>`
        : html`<p>No reflections.</p>`
    }`;
  return main;
}

/** site/reflections.html: every reflection, oldest first, each linked to its own page. */
export function reflectionsPage(model: SiteModel): SiteFile {
  return renderPage(model, {
    path: PATH,
    section: 'reflections',
    title: SITE_TEXT.pages.reflections,
    main: reflectionsMain(model),
  });
}
