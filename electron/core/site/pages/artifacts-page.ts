import { artifactEntryPath } from '@shared/bundle/bundle-schemas';
import { detailsList, multilineText } from '../details-list';
import { artifactFileLink, reflectionLinks } from '../evidence-links';
import { html, type SafeHtml } from '../html';
import { renderPage } from '../page-layout';
import { assignmentTitles, competencyNames, sessionNames } from '../record-labels';
import type { SiteFile } from '../site-file';
import type { SiteArtifact, SiteModel } from '../site-model';
import { relativeHref, SITE_PATHS } from '../site-paths';
import { formatSize } from '@shared/format/format-size';
import { SITE_TEXT } from '../site-text';

const PATH = SITE_PATHS.artifacts;

/** Raster images every browser shows in an <img>; nothing else is shown inline. */
const INLINE_IMAGE_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);

function artifactSection(model: SiteModel, { record, anchor }: SiteArtifact): SafeHtml {
  const headingId = `${anchor}-heading`;
  // The artifact's reflections are derived from the reflections' links (stored there only).
  const reflectionIds = model.reflections
    .filter((r) => r.record.artifactIds.includes(record.id))
    .map((r) => r.record.id);
  const image = INLINE_IMAGE_TYPES.has(record.mediaType.toLowerCase())
    ? html`<img
        src="${relativeHref(PATH, artifactEntryPath(record.sha256))}"
        alt="${record.title}"
      />`
    : '';
  return html`<section id="${anchor}" aria-labelledby="${headingId}">
    <h2 id="${headingId}">${record.title}</h2>
    ${image} ${record.description.trim() ? multilineText(record.description) : ''}
    ${detailsList([
      ['File', artifactFileLink(PATH, record, record.fileName)],
      ['Size', formatSize(record.size)],
      ['Type', record.mediaType],
      ['Tags', record.tags.length > 0 ? record.tags.join(', ') : SITE_TEXT.none],
      ['Competencies', competencyNames(model, record.competencyIds)],
      ['Sessions', sessionNames(record.sessionNumbers)],
      ['Assignments', assignmentTitles(model, record.assignmentIds)],
      ['Reflections', reflectionLinks(model, PATH, reflectionIds)],
    ])}
  </section>`;
}

/** The main content of the artifacts page, starting with its h1 (also a section of the PDF). */
export function artifactsMain(model: SiteModel): SafeHtml {
  const main = html`<h1>${SITE_TEXT.pages.artifacts}</h1>
    ${
      model.artifacts.length > 0
        ? model.artifacts.map((artifact) => artifactSection(model, artifact))
        : html`<p>No artifacts.</p>`
    }`;
  return main;
}

/** site/artifacts.html: every artifact with its details and a link to its file in the bundle. */
export function artifactsPage(model: SiteModel): SiteFile {
  return renderPage(model, {
    path: PATH,
    section: 'artifacts',
    title: SITE_TEXT.pages.artifacts,
    main: artifactsMain(model),
  });
}
