import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ErrorCode, ResponseEnvelope } from '@shared/contract/errors';
import { toErrorPayload } from '../core';

/** Every API answer is an envelope as JSON, never cached: it carries the user's data. */
export function sendEnvelope(
  res: ServerResponse,
  status: number,
  envelope: ResponseEnvelope,
): void {
  const body = JSON.stringify(envelope);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

/** A refusal by the transport itself (before the core is asked), as an error envelope. */
export function sendRefusal(
  res: ServerResponse,
  status: number,
  code: ErrorCode,
  message: string,
  extraHeaders: Record<string, string> = {},
): void {
  for (const [name, value] of Object.entries(extraHeaders)) res.setHeader(name, value);
  sendEnvelope(res, status, { ok: false, error: { code, message } });
}

/** The HTTP status of a failure outside the API's envelope-at-200 answers. */
const STATUS_BY_CODE: Record<ErrorCode, number> = {
  'invalid-input': 400,
  'unknown-channel': 404,
  'not-found': 404,
  'store-locked': 409,
  'read-only': 403,
  'disk-full': 507,
  'io-error': 500,
  unauthorized: 401,
  internal: 500,
};

/**
 * The one way every route answers a failure. Before the answer has started: its sentence as an
 * envelope (a bug gets the generic sentence, and is logged), with the request body read away so
 * the client, perhaps still sending, receives the answer instead of a reset connection. After
 * the answer has started nothing more can be said, and the connection is cut so the client sees
 * an incomplete answer rather than a complete wrong one. `status`: the route's own (uploads
 * answer 200 and let the envelope tell, as the API does); by default one for the error's code.
 */
export function sendFailure(
  req: IncomingMessage,
  res: ServerResponse,
  error: unknown,
  status?: number,
): void {
  const payload = toErrorPayload(error);
  if (payload.code === 'internal') console.error('[host] request failed:', error);
  if (res.headersSent) {
    res.destroy();
    return;
  }
  readAway(req);
  sendEnvelope(res, status ?? STATUS_BY_CODE[payload.code], { ok: false, error: payload });
}

/** Discard what is left of a request body (without keeping it), so its answer can be read. */
export function readAway(req: IncomingMessage): void {
  if (!req.complete && !req.destroyed) req.resume();
}
