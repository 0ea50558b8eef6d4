import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Channel, Handlers } from '@shared/contract/contract';
import { API_PREFIX, TOKEN_HEADER } from '@shared/contract/transport';
import { dispatch } from '../core/dispatch';
import { readJsonBody } from './read-json-body';
import { isAllowedOrigin, tokenMatches } from './request-guards';
import { sendEnvelope, sendRefusal } from './responses';

/** Larger inputs are not something the app sends: rich text and CSV stay far below this. */
export const MAX_API_BODY_BYTES = 5 * 1024 * 1024;

export interface ApiRouteOptions {
  handlers: Handlers;
  token: string;
  port: number;
}

/**
 * Channels a page may not call over HTTP. 'artifact-add-paths' names files on disk by path: only
 * the Electron preload may send it (paths of files the user dropped or chose); a web page must
 * never make the host read a file of its choosing. The browser uploads files instead.
 */
export const CHANNELS_NOT_SERVED_OVER_HTTP: ReadonlySet<Channel> = new Set<Channel>([
  'artifact-add-paths',
]);

/** `/api` and everything under `/api/` belong to the API, never to the static files. */
export function isApiPath(pathname: string): boolean {
  return pathname === API_PREFIX.slice(0, -1) || pathname.startsWith(API_PREFIX);
}

/**
 * `POST /api/<channel>` with the token header and a JSON body. Transport refusals get an HTTP
 * status; once the core has been asked, the answer is 200 and the envelope tells the outcome, as
 * it does over Electron IPC.
 */
export async function handleApiRequest(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  { handlers, token, port }: ApiRouteOptions,
): Promise<void> {
  if (req.method !== 'POST') {
    sendRefusal(res, 405, 'invalid-input', 'The app API only answers POST requests.', {
      Allow: 'POST',
    });
    return;
  }
  if (!isAllowedOrigin(req.headers.origin, port)) {
    sendRefusal(res, 403, 'unauthorized', 'The app only answers its own pages, not other sites.');
    return;
  }
  if (!tokenMatches(req.headers[TOKEN_HEADER], token)) {
    sendRefusal(
      res,
      401,
      'unauthorized',
      'This request lacks the app’s secret token; open the app from the link it printed.',
    );
    return;
  }
  const channel = pathname.slice(API_PREFIX.length);
  if ((CHANNELS_NOT_SERVED_OVER_HTTP as ReadonlySet<string>).has(channel)) {
    req.resume();
    sendEnvelope(res, 200, {
      ok: false,
      error: {
        code: 'unknown-channel',
        message:
          'Adding files by their path only works in the desktop app; upload the files instead.',
      },
    });
    return;
  }
  const body = await readJsonBody(req, MAX_API_BODY_BYTES);
  if (body.kind === 'too-large') {
    const megabytes = MAX_API_BODY_BYTES / (1024 * 1024);
    sendRefusal(
      res,
      413,
      'invalid-input',
      `The request is larger than ${megabytes} MB; send less at once.`,
    );
    return;
  }
  if (body.kind === 'invalid-json') {
    sendRefusal(
      res,
      400,
      'invalid-input',
      'The request body is not valid JSON; send the input as a JSON object.',
    );
    return;
  }
  sendEnvelope(res, 200, await dispatch(handlers, channel, body.value));
}
