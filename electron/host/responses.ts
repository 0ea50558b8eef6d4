import type { ServerResponse } from 'node:http';
import type { ErrorCode, ResponseEnvelope } from '@shared/contract/errors';

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
