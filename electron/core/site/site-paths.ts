/** Where each page of the web version lives, relative to the bundle root. */
export const SITE_PATHS = {
  overview: 'index.html',
  style: 'site/style.css',
  sessions: 'site/sessions.html',
  assignments: 'site/assignments.html',
  reflections: 'site/reflections.html',
  artifacts: 'site/artifacts.html',
  evidence: 'site/evidence.html',
  reports: 'site/reports.html',
} as const;

export type SitePageKey = Exclude<keyof typeof SITE_PATHS, 'style'>;

export const SITE_FOLDER = 'site/';

/** Whether a bundle path belongs to the web version (which importers never trust). */
export function isSitePath(path: string): boolean {
  return path === SITE_PATHS.overview || path.startsWith(SITE_FOLDER);
}

/**
 * A name a record id may keep in a path or an HTML id: lower case only (so no two names collide on
 * a case-insensitive disk), no dots, no leading or trailing dash. UUIDs and the sample's ids fit.
 */
const SAFE_NAME = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

/**
 * One unique, safe name per record, in the records' order: its id when that fits SAFE_NAME and no
 * earlier record took it, otherwise `<fallback>_<position>` (an underscore never occurs in a kept
 * id, so the two kinds never meet). Records sharing an id (hostile data) still get one name each.
 */
export function safeNames(ids: readonly string[], fallback: string): string[] {
  const used = new Set<string>();
  return ids.map((id, index) => {
    const name = SAFE_NAME.test(id) && !used.has(id) ? id : `${fallback}_${index + 1}`;
    used.add(name);
    return name;
  });
}

export function reflectionPagePath(name: string): string {
  return `${SITE_FOLDER}reflections/${name}.html`;
}

/** The link from the page at `from` to the file at `to`, both relative to the bundle root. */
export function relativeHref(from: string, to: string): string {
  const fromDir = from.split('/').slice(0, -1);
  const target = to.split('/');
  let common = 0;
  while (
    common < fromDir.length &&
    common < target.length - 1 &&
    fromDir[common] === target[common]
  ) {
    common += 1;
  }
  const up = fromDir.slice(common).map(() => '..');
  return [...up, ...target.slice(common)].map(encodeURIComponent).join('/');
}
