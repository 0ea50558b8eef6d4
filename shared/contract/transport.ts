import type { Channel } from './contract';
import type { ResponseEnvelope } from './errors';

/**
 * How the renderer reaches the core, in either host.
 *
 * Electron: the preload exposes `window[BRIDGE_GLOBAL]`, an object with one named function per
 * contract channel (no generic send), each answering a ResponseEnvelope.
 *
 * Browser host: `POST {API_PREFIX}<channel>` with the JSON input as body and the secret token
 * (from the page URL's `token` query parameter) in the TOKEN_HEADER header; the answer is a
 * ResponseEnvelope as JSON. Without the right token: 401.
 */
export const BRIDGE_GLOBAL = 'ctoPortfolioBridge';
export const API_PREFIX = '/api/';
export const TOKEN_HEADER = 'x-cto-token';
export const TOKEN_QUERY_PARAM = 'token';

export type Bridge = { readonly [K in Channel]: (input: unknown) => Promise<ResponseEnvelope> };
