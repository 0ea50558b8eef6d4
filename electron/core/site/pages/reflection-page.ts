import { detailsList } from '../details-list';
import { artifactLinks } from '../evidence-links';
import { html, type SafeHtml } from '../html';
import { renderPage } from '../page-layout';
import { assignmentTitles, competencyNames, sessionName } from '../record-labels';
import type { SiteFile } from '../site-file';
import type { SiteModel, SiteReflection } from '../site-model';
import { relativeHref, SITE_PATHS } from '../site-paths';
import { renderReflectionBody } from '../site-rich-text';
import { formatSiteDate, SITE_TEXT } from '../site-text';

/** One reflection's content, starting with the way back and its h1 (also a section of the PDF). */
export function reflectionMain(model: SiteModel, reflection: SiteReflection): SafeHtml {
  const { record, path } = reflection;
  return html`<p class="back">
      <a href="${relativeHref(path, SITE_PATHS.reflections)}">All reflections</a>
    </p>
    <h1>${record.title}</h1>
    ${detailsList([
      ['Status', SITE_TEXT.reflectionStatus[record.status]],
      ['Session', sessionName(record.session)],
      ['Words', record.wordCount],
      ['Written', formatSiteDate(record.createdAt)],
      ['Last changed', formatSiteDate(record.updatedAt)],
      ['Assignments', assignmentTitles(model, record.assignmentIds)],
      ['Competencies', competencyNames(model, record.competencyIds)],
      ['Artifacts', artifactLinks(model, path, record.artifactIds)],
    ])}
    <div class="rich-text">${renderReflectionBody(record.content)}</div>`;
}

/** site/reflections/<name>.html: one reflection, its links and its body as inert HTML. */
export function reflectionPage(model: SiteModel, reflection: SiteReflection): SiteFile {
  const { record, path } = reflection;
  const main = reflectionMain(model, reflection);
  return renderPage(model, { path, section: 'reflections', title: record.title, main });
}
