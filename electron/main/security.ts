import { isSafeHref } from '@shared/rich-text/safe-href';
import type { CustomScheme, WebPreferences } from 'electron';
import { APP_SCHEME, isAppUrl, parseUrl } from '../shell-common/app-origin';

/**
 * Every security decision of the Electron shell, as pure functions of their input. main.ts only
 * wires them to Electron's events; the unit tests feed them tables of hostile input. Anything
 * that arrives here (a URL, a frame) is treated as `unknown` until proven safe. What the browser
 * host needs too (the app's origin, its CSP, serving its files) is in ../shell-common/.
 */

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

/**
 * The window's preferences. `devTools`: only for development; a packaged build keeps DevTools
 * closed to its users (main.ts passes `!app.isPackaged`), so nobody is talked into pasting code.
 */
export function secureWebPreferences(
  preloadPath: string,
  { devTools = false }: { devTools?: boolean } = {},
): WebPreferences {
  return {
    preload: preloadPath,
    devTools,
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
