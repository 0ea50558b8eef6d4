import { isLive } from '@shared/domain/record';
import { evidenceCoverage } from '@shared/progress/evidence-coverage';
import { summarizeDashboard } from '@shared/progress/dashboard-summary';
import { detailsList } from '../details-list';
import { html, type SafeHtml } from '../html';
import { renderPage } from '../page-layout';
import type { SiteFile } from '../site-file';
import type { SiteModel } from '../site-model';
import { relativeHref, SITE_PATHS } from '../site-paths';
import { SITE_TEXT } from '../site-text';

const PATH = SITE_PATHS.overview;

/** The main content of the overview page, starting with its h1 (also a section of the PDF). */
export function overviewMain(model: SiteModel): SafeHtml {
  const { portfolio } = model;
  const { profile } = portfolio;
  const summary = summarizeDashboard(
    portfolio,
    // Only the counts are shown; the date matters for urgency, which the site does not show.
    model.options.exportedAt.toISOString().slice(0, 10),
  );
  const coverage = evidenceCoverage(
    portfolio.program.frameworks,
    model.reflections.map((r) => r.record),
    model.artifacts.map((a) => a.record),
  );
  const link = (key: keyof typeof SITE_PATHS, text: string) =>
    html`<a href="${relativeHref(PATH, SITE_PATHS[key])}">${text}</a>`;
  const main = html`<h1>${SITE_TEXT.portfolioOf(model.ownerName)}</h1>
    <section aria-labelledby="profile-heading">
      <h2 id="profile-heading">Profile</h2>
      ${detailsList([
        ['Name', profile.name],
        ['Organisation', profile.organisation],
        ['Mentor', profile.mentorName],
        ['Cohort', profile.cohortYear ?? ''],
        ['Program', portfolio.program.title],
      ])}
    </section>
    <section aria-labelledby="progress-heading">
      <h2 id="progress-heading">Progress</h2>
      ${detailsList([
        [
          'Sessions attended',
          html`${SITE_TEXT.ofTotal(summary.sessionsAttended, summary.sessionsTotal)}
          (${link('sessions', 'sessions and attendance')})`,
        ],
        [
          'Assignments passed',
          html`${SITE_TEXT.ofTotal(summary.assignmentsPassed, summary.assignmentsTotal)}
          (${link('assignments', 'assignments and grades')})`,
        ],
        ...coverage.frameworks.map((framework): [string, ReturnType<typeof html>] => [
          `${framework.title}: competencies with evidence`,
          html`${SITE_TEXT.ofTotal(framework.covered, framework.total)}
          (${link('evidence', 'evidence map')})`,
        ]),
        [
          'Reflections',
          html`${model.reflections.length} (${link('reflections', 'all reflections')})`,
        ],
        ['Artifacts', html`${model.artifacts.length} (${link('artifacts', 'all artifacts')})`],
        ['Mentor contacts logged', portfolio.logEntries.filter(isLive).length],
      ])}
    </section>`;
  return main;
}

/** index.html: who the candidate is and how far the program has come. */
export function overviewPage(model: SiteModel): SiteFile {
  return renderPage(model, {
    path: PATH,
    section: 'overview',
    title: SITE_TEXT.pages.overview,
    main: overviewMain(model),
  });
}
