import { Readable } from 'node:stream';
import {
  ARTIFACT_PATH_PREFIX,
  ELECTRON_SITE_ACCESS,
  REVIEWED_SITE_PREFIX,
} from '@shared/contract/transport';
import { parseReviewedSitePath, type ArtifactResponse, type ServeOptions } from '../core';
import { appAssetHeaders, resolveAppAsset } from '../shell-common/app-asset';
import { APP_HOST, APP_SCHEME } from '../shell-common/app-origin';

/** Reading a file is the one effect here; main.ts passes `fs.promises.readFile`. */
export type ReadFile = (filePath: string) => Promise<Uint8Array>;

export interface AppRequest {
  readonly method: string;
  readonly url: string;
  readonly headers?: { get(name: string): string | null };
}

/** What the protocol needs of the core's artifact library (Core.artifacts()). */
export type ServeArtifact = (id: string, options: ServeOptions) => Promise<ArtifactResponse>;

/**
 * `app://portfolio/artifact/<id>[?download=1]` -> the id and whether a download was asked for;
 * null for any other URL. The id is only ever a lookup key in the core, never part of a path.
 */
/** An app:// URL of our own host whose path starts with `prefix`, parsed; null otherwise. */
function appUrlUnder(url: unknown, prefix: string): URL | null {
  if (typeof url !== 'string') return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  return parsed.pathname.startsWith(prefix) ? parsed : null;
}

export function artifactRequestOf(url: unknown): { id: string; download: boolean } | null {
  const parsed = appUrlUnder(url, ARTIFACT_PATH_PREFIX);
  if (parsed === null) return null;
  const id = parsed.pathname.slice(ARTIFACT_PATH_PREFIX.length);
  if (!/^[A-Za-z0-9_-]{1,100}$/.test(id)) return null;
  return { id, download: parsed.searchParams.get('download') === '1' };
}

/**
 * `app://portfolio/reviewed/app/<portfolioId>/<file>` -> which reviewed portfolio and file; null
 * for any other URL. Both are only lookup keys in the core's reviewed library.
 */
export function reviewedRequestOf(url: unknown): { portfolioId: string; file: string } | null {
  const parsed = appUrlUnder(url, REVIEWED_SITE_PREFIX);
  if (parsed === null) return null;
  const site = parseReviewedSitePath(parsed.pathname.slice(REVIEWED_SITE_PREFIX.length));
  if (site === null || site.access !== ELECTRON_SITE_ACCESS) return null;
  return { portfolioId: site.portfolioId, file: site.file };
}

/** What the protocol needs of the core for a reviewed portfolio's web version. */
export type ServeReviewed = (
  request: { portfolioId: string; file: string },
  options: { rangeHeader: string | null; headOnly: boolean },
) => Promise<ArtifactResponse>;

/** The core's artifact answer as the Response Electron's protocol handler returns. */
export function toWebResponse(answer: ArtifactResponse): Response {
  const body = answer.body === null ? null : (Readable.toWeb(answer.body) as ReadableStream);
  return new Response(body, { status: answer.status, headers: answer.headers });
}

function refusal(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
  });
}

/**
 * The handler of `app://portfolio/…` (Electron's `protocol.handle`): the built renderer's files
 * with the app's CSP, read-only, and a plain 404 for anything refused or missing — the reason
 * is not told to the page. `/artifact/<id>` is an artifact's file, answered by `serveArtifact`
 * (with Range support, so audio and video can seek). `/reviewed/app/<portfolioId>/<file>` is a
 * page or file of a reviewed portfolio's web version, answered by `serveReviewed`.
 */
export function appProtocolHandler(
  rendererRoot: string,
  readFile: ReadFile,
  serveArtifact?: ServeArtifact,
  serveReviewed?: ServeReviewed,
): (request: AppRequest) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return refusal(405, 'Method not allowed');
    }
    const artifact = artifactRequestOf(request.url);
    if (artifact !== null) {
      if (!serveArtifact) return refusal(404, 'Not found');
      return toWebResponse(
        await serveArtifact(artifact.id, {
          download: artifact.download,
          rangeHeader: request.headers?.get('range') ?? null,
          headOnly: request.method === 'HEAD',
        }),
      );
    }
    const reviewed = reviewedRequestOf(request.url);
    if (reviewed !== null) {
      if (!serveReviewed) return refusal(404, 'Not found');
      return toWebResponse(
        await serveReviewed(reviewed, {
          rangeHeader: request.headers?.get('range') ?? null,
          headOnly: request.method === 'HEAD',
        }),
      );
    }
    const asset = resolveAppAsset(request.url, rendererRoot);
    if (asset === null) return refusal(404, 'Not found');
    let body: Uint8Array;
    try {
      body = await readFile(asset.filePath);
    } catch {
      // Missing, a folder, unreadable: all the same to the page.
      return refusal(404, 'Not found');
    }
    // A file read never yields a SharedArrayBuffer view; the DOM typing of Response insists.
    const payload = body as Uint8Array<ArrayBuffer>;
    return new Response(request.method === 'HEAD' ? null : payload, {
      status: 200,
      headers: appAssetHeaders(asset.contentType),
    });
  };
}
