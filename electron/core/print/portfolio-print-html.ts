import type { BundleData } from '@shared/bundle/bundle-schemas';
import { detailsList } from '../site/details-list';
import { html, type SafeHtml } from '../site/html';
import { artifactsMain } from '../site/pages/artifacts-page';
import { assignmentsMain } from '../site/pages/assignments-page';
import { evidenceMain } from '../site/pages/evidence-page';
import { overviewMain } from '../site/pages/overview-page';
import { reflectionMain } from '../site/pages/reflection-page';
import { reflectionsMain } from '../site/pages/reflections-page';
import { reportsMain } from '../site/pages/reports-page';
import { sessionsMain } from '../site/pages/sessions-page';
import { buildSiteModel, type SiteModel, type SiteOptions } from '../site/site-model';
import { formatSiteDate, SITE_TEXT } from '../site/site-text';
import { printDocument } from './print-document';
import { forPrint } from './print-markup';

interface PrintPart {
  id: string;
  title: string;
  content: SafeHtml;
  /** Entries under the part in the table of contents (each reflection). */
  entries?: { id: string; title: string }[];
}

function cover(model: SiteModel): SafeHtml {
  const { profile } = model.portfolio;
  return html`<section class="cover" aria-label="Cover">
    <h1>${SITE_TEXT.portfolioOf(model.ownerName)}</h1>
    <p class="program">${model.portfolio.program.title}</p>
    ${detailsList([
      ['District or organisation', profile.organisation],
      ['Cohort', profile.cohortYear ?? ''],
      ['Mentor', profile.mentorName],
    ])}
    <p class="exported">
      ${SITE_TEXT.footer(model.options.appVersion, formatSiteDate(model.options.exportedAt.toISOString()))}
    </p>
  </section>`;
}

function tableOfContents(parts: readonly PrintPart[]): SafeHtml {
  const link = (id: string, title: string) => html`<a href="#${id}">${title}</a>`;
  // A section, not a nav: the web version's print style hides navigation.
  return html`<section class="toc" aria-labelledby="toc-heading">
    <h1 id="toc-heading">Contents</h1>
    <ol>
      ${parts.map(
        (part) =>
          html`<li>
            ${link(part.id, part.title)}
            ${
              part.entries?.length
                ? html`<ol>
                    ${part.entries.map((entry) => html`<li>${link(entry.id, entry.title)}</li>`)}
                  </ol>`
                : ''
            }
          </li>`,
      )}
    </ol>
  </section>`;
}

function parts(model: SiteModel): PrintPart[] {
  const pages = SITE_TEXT.pages;
  const reflections = model.reflections.map((reflection, index) => ({
    id: `reflection-${index + 1}`,
    title: reflection.record.title,
    content: reflectionMain(model, reflection),
  }));
  return [
    { id: 'part-overview', title: pages.overview, content: overviewMain(model) },
    { id: 'part-sessions', title: pages.sessions, content: sessionsMain(model) },
    { id: 'part-assignments', title: pages.assignments, content: assignmentsMain(model) },
    {
      id: 'part-reflections',
      title: pages.reflections,
      content: html`${reflectionsMain(model)}
      ${reflections.map(
        (r) => html`<article class="print-reflection" id="${r.id}">${r.content}</article>`,
      )}`,
      entries: reflections,
    },
    { id: 'part-artifacts', title: pages.artifacts, content: artifactsMain(model) },
    { id: 'part-evidence', title: pages.evidence, content: evidenceMain(model) },
    { id: 'part-reports', title: pages.reports, content: reportsMain(model) },
  ];
}

/**
 * The whole portfolio as one document to print to PDF: a cover (name, district, program, cohort),
 * the contents, then the web version's sections in its order (sessions and attendance, assignments
 * and grades, each reflection, the artifacts with their descriptions, the evidence map, the final
 * progress reports). Pure, no script, every text escaped.
 */
export function portfolioPrintHtml(data: BundleData, options: SiteOptions): string {
  const model = buildSiteModel(data, options);
  const all = parts(model);
  const body = html`${cover(model)} ${tableOfContents(all)}
  ${all.map(
    (part) =>
      html`<section class="print-part" id="${part.id}" aria-label="${part.title}">
        ${forPrint(part.content)}
      </section>`,
  )}`;
  return printDocument(SITE_TEXT.portfolioOf(model.ownerName), body, options.appVersion);
}
