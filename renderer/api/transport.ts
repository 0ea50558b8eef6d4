import type { Channel } from '@shared/contract/contract';
import {
  API_PREFIX,
  BRIDGE_GLOBAL,
  TOKEN_HEADER,
  TOKEN_QUERY_PARAM,
  type Bridge,
} from '@shared/contract/transport';

/**
 * Carries one call to the core and answers what came back, unchecked: the api client validates
 * it. Tests inject their own transport (for example the real core's dispatch).
 */
export type Transport = (channel: Channel, input: unknown) => Promise<unknown>;

/** Electron: the preload's bridge has one named function per channel. */
export function bridgeTransport(bridge: Bridge): Transport {
  return (channel, input) => bridge[channel](input);
}

/**
 * Browsers let `keepalive` requests outlive the page only while all of them together stay under
 * 64 KiB; a little headroom is left for the headers.
 */
export const KEEPALIVE_MAX_BODY_BYTES = 60 * 1024;

/**
 * The browser host: POST the input as JSON with the page's secret token. Small requests go out
 * with `keepalive`, so a save sent while the tab closes (the editor flushes on pagehide) still
 * reaches the host. sendBeacon cannot carry the token header, so it is not an option. Should the
 * browser's keepalive budget be used up, the request is sent again without it.
 */
export function httpTransport(token: string, fetchFn: typeof fetch = fetch): Transport {
  return async (channel, input) => {
    const body = JSON.stringify(input ?? {});
    const init: RequestInit = {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
      body,
    };
    const keepalive = new Blob([body]).size <= KEEPALIVE_MAX_BODY_BYTES;
    let response: Response;
    try {
      response = await fetchFn(`${API_PREFIX}${channel}`, { ...init, keepalive });
    } catch (error) {
      if (!keepalive) throw error;
      response = await fetchFn(`${API_PREFIX}${channel}`, init);
    }
    return (await response.json()) as unknown;
  };
}

/** Where the tab keeps the token after it leaves the address bar, so a reload still works. */
export const TOKEN_STORAGE_KEY = 'cto-portfolio-host-token';

/**
 * Reads the host's secret token from the page address and removes it from the visible URL, so it
 * does not end up in bookmarks, screenshots or the history. The tab keeps it in sessionStorage
 * (gone when the tab closes) so that reloading the page does not lock the user out.
 */
export function takeTokenFromLocation(
  location: Pick<Location, 'search' | 'pathname' | 'hash'>,
  history: Pick<History, 'replaceState' | 'state'>,
  storage: Pick<Storage, 'getItem' | 'setItem'>,
): string {
  const params = new URLSearchParams(location.search);
  const fromAddress = params.get(TOKEN_QUERY_PARAM);
  if (fromAddress === null) return storage.getItem(TOKEN_STORAGE_KEY) ?? '';
  storage.setItem(TOKEN_STORAGE_KEY, fromAddress);
  params.delete(TOKEN_QUERY_PARAM);
  const search = params.toString();
  history.replaceState(
    history.state,
    '',
    `${location.pathname}${search ? `?${search}` : ''}${location.hash}`,
  );
  return fromAddress;
}

function bridgeOf(win: Window): Bridge | undefined {
  const candidate = (win as unknown as Record<string, unknown>)[BRIDGE_GLOBAL];
  return typeof candidate === 'object' && candidate !== null ? (candidate as Bridge) : undefined;
}

/** How this page reaches the core, found once at start-up. Light: main.tsx uses it before the app loads. */
export type DetectedTransport =
  | { kind: 'electron'; transport: Transport; bridge: Bridge }
  | { kind: 'browser'; transport: Transport; token: string };

/** Electron's bridge when the preload put one there, else the browser host with the page's token. */
export function detectTransport(win: Window): DetectedTransport {
  const bridge = bridgeOf(win);
  if (bridge) return { kind: 'electron', transport: bridgeTransport(bridge), bridge };
  const token = takeTokenFromLocation(win.location, win.history, win.sessionStorage);
  return { kind: 'browser', transport: httpTransport(token, win.fetch.bind(win)), token };
}
