import { APP_SCHEME, parseUrl } from './app-origin';

/**
 * The page's Content-Security-Policy, the same in Electron and in the browser host.
 *
 * Scripts: only the bundle's own files — no inline script, no eval. Styles: stylesheets and
 * `<style>` elements only from our files (`style-src-elem 'self'`), but inline style
 * *attributes* are allowed (`style-src-attr 'unsafe-inline'`): the rich-text editor writes
 * `style="…"` for table column widths, and an attribute can only restyle its own element — it
 * cannot load anything that img-src/font-src/connect-src do not already allow. Libraries that
 * inject a `<style>` element (tiptap's `injectCSS`) must be configured not to.
 *
 * `origin`, when given (e.g. `http://127.0.0.1:5173`), is listed next to `'self'`; `'self'`
 * alone is enough for both hosts, so the default policy names no origin.
 */
export function cspFor(origin?: string): string {
  const self = origin === undefined ? "'self'" : `'self' ${checkedOrigin(origin)}`;
  const directives: ReadonlyArray<readonly [string, string]> = [
    ['default-src', "'none'"],
    ['script-src', self],
    ['style-src', self],
    ['style-src-elem', self],
    ['style-src-attr', "'unsafe-inline'"],
    ['img-src', `${self} data: blob:`],
    ['font-src', self],
    ['connect-src', self],
    // Artifact previews: audio/video and PDF from our own artifact route only. Each artifact
    // response carries its own restrictive CSP (sandboxed except PDF, which Chromium cannot show
    // sandboxed), so a framed file never runs as the app.
    ['media-src', self],
    ['frame-src', self],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
    ['frame-ancestors', "'none'"],
  ];
  return directives.map(([name, value]) => `${name} ${value}`).join('; ');
}

/** A caller mistake (not user input), so it throws at once and names the option. */
function checkedOrigin(origin: string): string {
  const parsed = parseUrl(origin);
  const ok =
    parsed !== null &&
    ['http:', 'https:', `${APP_SCHEME}:`].includes(parsed.protocol) &&
    `${parsed.protocol}//${parsed.host}` === origin;
  if (!ok)
    throw new Error(
      `cspFor(origin): "${origin}" is not a bare origin such as http://127.0.0.1:8080.`,
    );
  return origin;
}

export const CONTENT_SECURITY_POLICY = cspFor();
