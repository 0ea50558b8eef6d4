import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Handlers } from '@shared/contract/contract';
import { API_PREFIX, TOKEN_HEADER } from '@shared/contract/transport';
import { dispatch } from '../core';
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
 * What a page may not ask over HTTP: naming files on disk by path. Only the Electron preload
 * sends paths (of files the user dropped or chose in a system dialog), and only the main
 * process's save dialog names where a bundle is written; a web page must never make the host
 * read or write a file of its choosing. The browser uploads files and downloads exports instead.
 * Answers the refusal's sentence, or null when the request may go to the core.
 */
export function refusalOverHttp(channel: string, input: unknown): string | null {
  const fields =
    typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  if (channel === 'artifact-add-paths') {
    return 'Adding files by their path only works in the desktop app; upload the files instead.';
  }
  if (channel === 'bundle-import-inspect' || channel === 'review-import-inspect') {
    const source = fields['source'];
    if (
      typeof source !== 'object' ||
      source === null ||
      (source as { kind?: unknown }).kind !== 'upload'
    ) {
      const what = channel === 'review-import-inspect' ? 'a review file' : 'a bundle';
      return `Opening ${what} by its path only works in the desktop app; choose or drop the file instead.`;
    }
  }
  if (channel === 'review-export' && fields['destination'] !== undefined) {
    return 'Saving a review file to a folder of your choice only works in the desktop app; the browser downloads it instead.';
  }
  if (channel === 'bundle-export-start' && fields['destination'] !== undefined) {
    return 'Saving a bundle to a folder of your choice only works in the desktop app; the browser downloads it instead.';
  }
  return null;
}

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
  if (body.kind === 'invalid-utf8') {
    sendRefusal(
      res,
      400,
      'invalid-input',
      'The request body is not valid UTF-8 text, so nothing was saved; send the input as UTF-8 JSON.',
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
  const refusal = refusalOverHttp(channel, body.value);
  if (refusal !== null) {
    sendEnvelope(res, 200, { ok: false, error: { code: 'unknown-channel', message: refusal } });
    return;
  }
  sendEnvelope(res, 200, await dispatch(handlers, channel, body.value));
}
