import { ReadStream } from 'node:fs';
import { once } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  ARTIFACT_PATH_PREFIX,
  ARTIFACT_UPLOAD_PATH,
  TOKEN_HEADER,
  TOKEN_QUERY_PARAM,
} from '@shared/contract/transport';
import type { Artifact } from '@shared/domain/artifact';
import { type ServeOptions, type ArtifactResponse, userErrorFromFs } from '../core';
import { tokenMatches } from './request-guards';
import { sendRefusal } from './responses';
import { handleStreamedUpload, NO_TOKEN } from './upload-route';

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

/**
 * Write an artifact answer; a reader that goes away mid-file (seeking, closing) is not an error.
 * The file is opened before the status goes out, so a file that cannot be read (gone, a folder
 * that became unreadable) is answered with its sentence, not a cut connection.
 */
export async function sendArtifact(res: ServerResponse, answer: ArtifactResponse): Promise<void> {
  if (answer.body !== null) await opened(answer.body);
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

async function handleUpload(
  req: IncomingMessage,
  res: ServerResponse,
  { artifacts, token, port }: ArtifactRouteOptions,
): Promise<void> {
  await handleStreamedUpload(
    req,
    res,
    { token, port },
    {
      refusedBecause: artifacts ? null : 'This host does not take artifact files.',
      receive: (fileName, body) => artifacts!().addStream(fileName, body),
    },
  );
}

/** Wait until a file stream has its file open; its open failure as a sentence. */
async function opened(body: Readable): Promise<void> {
  if (!(body instanceof ReadStream) || !body.pending) return;
  try {
    await once(body, 'ready');
  } catch (error) {
    throw userErrorFromFs(error, 'read the file', String(body.path)) ?? error;
  }
}
