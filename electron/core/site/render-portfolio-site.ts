import type { BundleData } from '@shared/bundle/bundle-schemas';
import { artifactsPage } from './pages/artifacts-page';
import { assignmentsPage } from './pages/assignments-page';
import { evidencePage } from './pages/evidence-page';
import { overviewPage } from './pages/overview-page';
import { reflectionPage } from './pages/reflection-page';
import { reflectionsPage } from './pages/reflections-page';
import { reportsPage } from './pages/reports-page';
import { sessionsPage } from './pages/sessions-page';
import type { SiteFile } from './site-file';
import { buildSiteModel, type SiteOptions } from './site-model';
import { SITE_PATHS } from './site-paths';
import { SITE_STYLE } from './site-style';

export type { SiteFile } from './site-file';
export type { SiteOptions } from './site-model';

/**
 * The read-only web version of a portfolio: `index.html` at the bundle root, every other page
 * and the style sheet under `site/`, linked by relative paths, artifact files linked at
 * `artifacts/<sha256>`. Pure (data in, text out), so the app renders a reviewed portfolio's site
 * from checked data the same way. No script, no external address, every text escaped.
 */
export function renderPortfolioSite(data: BundleData, options: SiteOptions): SiteFile[] {
  const model = buildSiteModel(data, options);
  return [
    overviewPage(model),
    { path: SITE_PATHS.style, content: SITE_STYLE },
    sessionsPage(model),
    assignmentsPage(model),
    reflectionsPage(model),
    ...model.reflections.map((reflection) => reflectionPage(model, reflection)),
    artifactsPage(model),
    evidencePage(model),
    reportsPage(model),
  ];
}
