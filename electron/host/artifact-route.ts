import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import {
  ARTIFACT_PATH_PREFIX,
  ARTIFACT_UPLOAD_PATH,
  FILE_NAME_HEADER,
  TOKEN_HEADER,
  TOKEN_QUERY_PARAM,
} from '@shared/contract/transport';
import type { Artifact } from '@shared/domain/artifact';
import type { ServeOptions } from '../core/artifacts/artifact-library';
import type { ArtifactResponse } from '../core/artifacts/serve-artifact';
import { toErrorPayload } from '../core/errors';
import { isAllowedOrigin, tokenMatches } from './request-guards';
import { sendEnvelope, sendRefusal } from './responses';

/** What the host needs of the core's artifact library (Core.artifacts()). */
export interface ArtifactAccess {
  serve(id: unknown, options: ServeOptions): Promise<ArtifactResponse>;
  addStream(fileName: string, stream: AsyncIterable<Uint8Array>): Promise<Artifact>;
}

export interface ArtifactRouteOptions {
  /** Absent: the host serves no artifacts (every artifact request is a 404). */
  artifacts?: () => ArtifactAccess;
  token: string;
  port: number;
}

export function isArtifactPath(pathname: string): boolean {
  return pathname.startsWith(ARTIFACT_PATH_PREFIX) || pathname === ARTIFACT_UPLOAD_PATH;
}

const NO_TOKEN =
  'This request lacks the app’s secret token; open the app from the link it printed.';

/**
 * `GET|HEAD /artifact/<id>?token=…[&download=1]`: an artifact's file, looked up by id (an
 * `<img src>` cannot send headers, hence the token in the query). `POST /upload/artifact`: one
 * file as the raw body, streamed into the store (see shared/contract/transport.ts).
 */
export async function handleArtifactRequest(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  options: ArtifactRouteOptions,
): Promise<void> {
  if (pathname === ARTIFACT_UPLOAD_PATH) {
    await handleUpload(req, res, options);
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendRefusal(res, 405, 'invalid-input', 'Artifacts can only be read here.', {
      Allow: 'GET, HEAD',
    });
    return;
  }
  const query = new URL(req.url ?? '/', 'http://127.0.0.1').searchParams;
  const presented = query.get(TOKEN_QUERY_PARAM) ?? req.headers[TOKEN_HEADER];
  if (!tokenMatches(presented, options.token)) {
    sendRefusal(res, 401, 'unauthorized', NO_TOKEN);
    return;
  }
  const id = pathname.slice(ARTIFACT_PATH_PREFIX.length);
  const answer = options.artifacts
    ? await options.artifacts().serve(id, {
        rangeHeader: req.headers.range ?? null,
        download: query.get('download') === '1',
        headOnly: req.method === 'HEAD',
      })
    : null;
  if (answer === null) {
    sendRefusal(res, 404, 'not-found', 'That artifact does not exist.');
    return;
  }
  await sendArtifact(res, answer);
}

/** Write an artifact answer; a reader that goes away mid-file (seeking, closing) is not an error. */
export async function sendArtifact(res: ServerResponse, answer: ArtifactResponse): Promise<void> {
  res.writeHead(answer.status, answer.headers);
  if (answer.body === null) {
    res.end();
    return;
  }
  try {
    await pipeline(answer.body, res);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') throw error;
  }
}

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

async function handleUpload(
  req: IncomingMessage,
  res: ServerResponse,
  { artifacts, token, port }: ArtifactRouteOptions,
): Promise<void> {
  // Whatever is refused below, the body is not wanted: read it away so the answer arrives.
  const refuse = (...args: Parameters<typeof sendRefusal>) => {
    req.resume();
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
  if (!artifacts) {
    refuse(res, 404, 'not-found', 'This host does not take artifact files.');
    return;
  }
  try {
    const artifact = await artifacts().addStream(fileName, req);
    sendEnvelope(res, 200, { ok: true, result: artifact });
  } catch (error) {
    const payload = toErrorPayload(error);
    if (payload.code === 'internal') console.error('[host] upload failed:', error);
    // The rest of a refused upload is not wanted; close rather than read gigabytes away.
    if (!req.complete) res.setHeader('Connection', 'close');
    sendEnvelope(res, 200, { ok: false, error: payload });
  }
}
