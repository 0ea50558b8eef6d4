import path from 'node:path';
import { isSafeHref } from '@shared/rich-text/safe-href';
import type { CustomScheme, WebPreferences } from 'electron';
import { contentTypeFor } from './host/content-types';

/**
 * Every security decision of the Electron shell, as pure functions of their input. main.ts only
 * wires them to Electron's events; the unit tests feed them tables of hostile input. Anything
 * that arrives here (a URL, a frame, a request path) is treated as `unknown` until proven safe.
 */

/** The app's pages are served from `app://portfolio/`, never from file:// (see main.ts). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'portfolio';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/**
 * `standard` makes relative URLs and `'self'` work like on the web; `secure` gives the page a
 * secure context; `corsEnabled` lets Chromium load Vite's `<script type="module" crossorigin>`
 * over the scheme (module scripts are always CORS requests) — no other origin can read our
 * files, as no response carries Access-Control-Allow-Origin; `stream` lets <audio>/<video> play
 * artifacts from it with range requests (seeking). No `bypassCSP`, no service workers.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: {
    standard: true,
    secure: true,
    supportFetchAPI: true,
    corsEnabled: true,
    stream: true,
  },
};

/** URLs longer than this are refused outright: no real link or asset path is that long. */
export const MAX_URL_LENGTH = 2048;

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    // Chromium's built-in PDF viewer, for previews of PDF artifacts; Electron ships no other plugin.
    plugins: true,
    spellcheck: true,
  };
}

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

/** Headers sent with every file of the app's own protocol. */
export function appAssetHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  };
}

function parseUrl(value: unknown): URL | null {
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
function isAppUrl(url: URL): boolean {
  return (
    url.protocol === `${APP_SCHEME}:` &&
    url.host === APP_HOST &&
    url.username === '' &&
    url.password === ''
  );
}

/** will-navigate / will-redirect: the window may only ever show the app's own pages. */
export function isAllowedNavigation(url: unknown): boolean {
  const parsed = parseUrl(url);
  return parsed !== null && isAppUrl(parsed);
}

/** mailto: fields a mail client fills in; others (e.g. `attach=`) have leaked local files. */
const MAILTO_FIELDS = new Set(['subject', 'body', 'cc', 'bcc']);

/**
 * The normalised URL to hand to the system (browser or mail client), or null when it must not
 * leave the app: only web and mail links, no credentials, nothing overlong or malformed.
 */
export function safeExternalUrl(url: unknown): string | null {
  // The same links a reflection may hold (web and mail, no credentials), then stricter rules
  // for what may be handed to another program.
  if (!isSafeHref(url)) return null;
  const parsed = parseUrl(url);
  if (parsed === null) return null;
  if (parsed.protocol === 'mailto:') {
    if (parsed.pathname === '') return null;
    for (const field of parsed.searchParams.keys()) {
      if (!MAILTO_FIELDS.has(field.toLowerCase())) return null;
    }
  } else if (parsed.hostname === '') {
    return null;
  }
  return parsed.href;
}

export function isSafeExternalUrl(url: unknown): boolean {
  return safeExternalUrl(url) !== null;
}

/**
 * Open a link with the system's handler when it is safe; the effect is a parameter so the tests
 * can prove it never runs for a bad URL. Returns whether it was opened.
 */
export async function openExternalIfSafe(
  url: unknown,
  openExternal: (url: string) => Promise<void>,
): Promise<boolean> {
  const safe = safeExternalUrl(url);
  if (safe === null) return false;
  await openExternal(safe);
  return true;
}

export interface WindowOpenDecision {
  /** The app never opens a second window of its own. */
  readonly action: 'deny';
  /** Whether the link may go to the system browser / mail client instead. */
  readonly openExternally: boolean;
}

export function windowOpenDecision(url: unknown): WindowOpenDecision {
  return { action: 'deny', openExternally: isSafeExternalUrl(url) };
}

/** What main.ts knows about the frame that sent an IPC message (null once it is gone). */
export interface SenderFrameInfo {
  readonly url: unknown;
  readonly isMainFrame: unknown;
}

/** Only the app's own top-level page may call the core; never a subframe, never another origin. */
export function isTrustedSender(frame: SenderFrameInfo | null | undefined): boolean {
  if (typeof frame !== 'object' || frame === null) return false;
  return frame.isMainFrame === true && isAllowedNavigation(frame.url);
}

/** Camera, microphone, notifications, geolocation…: the app needs none, so none is granted. */
export function denyPermissionRequest(
  _webContents: unknown,
  _permission: string,
  callback: (granted: boolean) => void,
): void {
  callback(false);
}

export function denyPermissionCheck(): boolean {
  return false;
}

export interface AppAsset {
  readonly filePath: string;
  readonly contentType: string;
}

/** Encoded forms that only a crafted request contains: dot, slash, backslash, NUL. */
const ENCODED_TRAVERSAL = /%(2e|2f|5c|00)/i;

/**
 * Map `app://portfolio/<path>` to a file inside `rendererRoot` (absolute), or null when the
 * request is refused: another origin, any dot segment (plain or encoded), backslashes, encoded
 * slashes, drive letters, hidden files, or a file kind outside the allowlist. `/` is index.html.
 */
export function resolveAppAsset(requestUrl: unknown, rendererRoot: string): AppAsset | null {
  if (typeof requestUrl !== 'string' || !path.isAbsolute(rendererRoot)) return null;
  // The URL parser resolves `..` and `%2e%2e` itself; look at the raw text first so that a
  // traversal attempt is refused rather than quietly rewritten.
  const rawPath = requestUrl.replace(/^[a-z]+:\/\/[^/?#]*/i, '').replace(/[?#].*$/s, '');
  if (rawPath.includes('\\') || ENCODED_TRAVERSAL.test(rawPath)) return null;
  const parsed = parseUrl(requestUrl);
  if (parsed === null || !isAppUrl(parsed)) return null;

  const segments = rawPath === '' || rawPath === '/' ? ['index.html'] : rawPath.slice(1).split('/');
  const decoded: string[] = [];
  for (const segment of segments) {
    let name: string;
    try {
      name = decodeURIComponent(segment);
    } catch {
      return null;
    }
    if (name === '' || name.startsWith('.') || /[/\\:]/.test(name) || name.includes('\0'))
      return null;
    decoded.push(name);
  }

  const root = path.resolve(rendererRoot);
  const filePath = path.resolve(root, ...decoded);
  if (!filePath.startsWith(root + path.sep)) return null;
  const contentType = contentTypeFor(filePath);
  return contentType === null ? null : { filePath, contentType };
}
