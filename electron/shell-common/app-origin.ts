/**
 * The app's own origin, which both shells serve the renderer under: Electron through its
 * `app://` protocol, the browser host by mapping its paths onto the same URLs (static-route.ts).
 * Anything that arrives here (a URL, a request path) is `unknown` until proven safe.
 */

/** The app's pages are served from `app://portfolio/`, never from file:// (see main/main.ts). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'portfolio';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/** URLs longer than this are refused outright: no real link or asset path is that long. */
export const MAX_URL_LENGTH = 2048;

export function parseUrl(value: unknown): URL | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_URL_LENGTH) return null;
  // Control characters and whitespace are silently dropped by the URL parser; a URL that needs
  // that to look valid is not one we want to act on.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f]/.test(value)) return null;
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/**
 * Our own origin exactly. Node leaves the host of a non-special scheme as written (Chromium
 * lower-cases it), so `app://PORTFOLIO` is refused here — a refusal is the safe side.
 */
export function isAppUrl(url: URL): boolean {
  return (
    url.protocol === `${APP_SCHEME}:` &&
    url.host === APP_HOST &&
    url.username === '' &&
    url.password === ''
  );
}
