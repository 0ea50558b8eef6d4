import type { IncomingMessage, ServerResponse } from 'node:http';
import { FILE_NAME_HEADER, TOKEN_HEADER } from '@shared/contract/transport';
import { isAllowedOrigin, tokenMatches } from './request-guards';
import { readAway, sendEnvelope, sendFailure, sendRefusal } from './responses';

export const NO_TOKEN =
  'This request lacks the app’s secret token; open the app from the link it printed.';

/** The original name from the header (encodeURIComponent), without any folder part; or null. */
export function uploadedFileName(header: unknown): string | null {
  if (typeof header !== 'string' || header.length === 0 || header.length > 2048) return null;
  let name: string;
  try {
    name = decodeURIComponent(header);
  } catch {
    return null;
  }
  // A name, never a path: whatever a page sends, only its last segment is kept.
  // eslint-disable-next-line no-control-regex
  const controlCharacters = /[\u0000-\u001f\u007f]/g;
  const last = name.split(/[/\\]/).pop()!.replace(controlCharacters, '').trim();
  return last === '' || last === '.' || last === '..' ? null : last;
}

export interface StreamedUpload<T> {
  /** A sentence when this host cannot take this kind of upload at all. */
  refusedBecause: string | null;
  /** Store the body (a stream: never read whole into memory); answers the envelope's result. */
  receive(fileName: string, body: AsyncIterable<Uint8Array>): Promise<T>;
}

/**
 * `POST` of one file as the raw request body with the token header and its name in
 * FILE_NAME_HEADER (artifact and bundle uploads alike): the same checks as the API, then the
 * body streamed to `receive`, answered as an envelope.
 */
export async function handleStreamedUpload<T>(
  req: IncomingMessage,
  res: ServerResponse,
  { token, port }: { token: string; port: number },
  upload: StreamedUpload<T>,
): Promise<void> {
  // Whatever is refused below, the body is not wanted: read it away so the answer arrives.
  const refuse = (...args: Parameters<typeof sendRefusal>) => {
    readAway(req);
    sendRefusal(...args);
  };
  if (req.method !== 'POST') {
    refuse(res, 405, 'invalid-input', 'Uploads are sent with POST.', { Allow: 'POST' });
    return;
  }
  if (!isAllowedOrigin(req.headers.origin, port)) {
    refuse(res, 403, 'unauthorized', 'The app only answers its own pages, not other sites.');
    return;
  }
  if (!tokenMatches(req.headers[TOKEN_HEADER], token)) {
    refuse(res, 401, 'unauthorized', NO_TOKEN);
    return;
  }
  const fileName = uploadedFileName(req.headers[FILE_NAME_HEADER]);
  if (fileName === null) {
    refuse(res, 400, 'invalid-input', 'The upload has no file name; add the file again.');
    return;
  }
  if (upload.refusedBecause !== null) {
    refuse(res, 404, 'not-found', upload.refusedBecause);
    return;
  }
  let result: T;
  try {
    result = await upload.receive(fileName, requestBody(req));
  } catch (error) {
    // Read the rest away (on the loopback, at memory speed, keeping none of it): cutting the
    // connection while the page is still sending loses the answer, an empty reply for the user.
    sendFailure(req, res, error, 200);
    return;
  }
  sendEnvelope(res, 200, { ok: true, result });
}

/**
 * The request body for a consumer that may stop early (a store that fails before reading it
 * all): stopping, or a stream pipeline's cleanup, leaves the request to be read away instead of
 * destroying it, which would cut the connection before the answer is sent.
 */
export function requestBody(req: IncomingMessage): AsyncIterable<Uint8Array> {
  const chunks = req.iterator({ destroyOnReturn: false }) as AsyncIterator<Uint8Array>;
  return { [Symbol.asyncIterator]: () => chunks };
}
