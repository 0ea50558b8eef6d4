import { html, type SafeHtml } from './html';
import type { SiteFile } from './site-file';
import type { SiteModel } from './site-model';
import { relativeHref, SITE_PATHS, type SitePageKey } from './site-paths';
import { formatSiteDate, SITE_TEXT } from './site-text';

/** The pages in the navigation, in its order. */
const NAV_PAGES: readonly SitePageKey[] = [
  'overview',
  'sessions',
  'assignments',
  'reflections',
  'artifacts',
  'evidence',
  'reports',
];

/**
 * Nothing may load from elsewhere or run, even if markup slipped through: no script at all, style
 * and images from the bundle only. `file:` lets the pages work from an unzipped folder, where
 * browsers treat each file as its own origin.
 */
const CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'self' file:; img-src 'self' file:; base-uri 'none'; form-action 'none'";

export interface PageSpec {
  /** The page's path relative to the bundle root. */
  path: string;
  /** Which navigation entry is this page (or holds it, for a single reflection). */
  section: SitePageKey;
  /** The page's own name, the first part of its title. */
  title: string;
  /** The main content, starting with its h1. */
  main: SafeHtml;
}

function navigation(path: string, section: SitePageKey): SafeHtml {
  const items = NAV_PAGES.map((key) => {
    const target = SITE_PATHS[key];
    // The current page is marked; a reflection page marks its list as the current section.
    const current = target === path ? 'page' : key === section ? 'true' : null;
    return html`<li>
      <a href="${relativeHref(path, target)}" ${current ? html` aria-current="${current}"` : ''}
        >${SITE_TEXT.pages[key]}</a
      >
    </li>`;
  });
  return html`<nav aria-label="${SITE_TEXT.navLabel}">
    <ul>
      ${items}
    </ul>
  </nav>`;
}

/** A whole page: the same head, skip link, header, navigation and footer around `main`. */
export function renderPage(model: SiteModel, page: PageSpec): SiteFile {
  const { appVersion, exportedAt } = model.options;
  const content = html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />
        <meta name="referrer" content="no-referrer" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="generator" content="CTO Mentor Portfolio ${appVersion}" />
        <title>${SITE_TEXT.pageTitle(page.title, model.ownerName)}</title>
        <link rel="stylesheet" href="${relativeHref(page.path, SITE_PATHS.style)}" />
      </head>
      <body>
        <a class="skip-link" href="#main">${SITE_TEXT.skipLink}</a>
        <header class="site-header">
          <p class="site-name">${SITE_TEXT.portfolioOf(model.ownerName)}</p>
          ${navigation(page.path, page.section)}
        </header>
        <main id="main" tabindex="-1">${page.main}</main>
        <footer class="site-footer">
          <p>${SITE_TEXT.footer(appVersion, formatSiteDate(exportedAt.toISOString()))}</p>
        </footer>
      </body>
    </html> `;
  return { path: page.path, content: content.markup };
}
