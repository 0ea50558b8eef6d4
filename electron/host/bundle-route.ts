import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  BUNDLE_UPLOAD_PATH,
  EXPORT_DOWNLOAD_PREFIX,
  REVIEWED_SITE_PREFIX,
  TOKEN_HEADER,
  TOKEN_QUERY_PARAM,
} from '@shared/contract/transport';
import {
  contentDisposition,
  type BundleFileAccess,
  parseReviewedSitePath,
  reviewedFileResponse,
} from '../core';
import { sendArtifact } from './artifact-route';
import { tokenMatches } from './request-guards';
import { sendRefusal } from './responses';
import { handleStreamedUpload, NO_TOKEN } from './upload-route';

export interface BundleRouteOptions {
  bundles?: () => BundleFileAccess;
  token: string;
  port: number;
}

export function isBundlePath(pathname: string): boolean {
  return (
    pathname === BUNDLE_UPLOAD_PATH ||
    pathname.startsWith(EXPORT_DOWNLOAD_PREFIX) ||
    pathname.startsWith(REVIEWED_SITE_PREFIX)
  );
}

const notFound = (res: ServerResponse) => sendRefusal(res, 404, 'not-found', 'Not found.');

/**
 * Browser host, bundles: `POST /upload/bundle` (a bundle to inspect, streamed in), `GET
 * /download/export/<jobId>?token=` (a finished export, as a download), and `GET
 * /reviewed/<token>/<portfolioId>/<file>` (a reviewed portfolio's web version; the token is a
 * path segment so the pages' relative links keep it).
 */
export async function handleBundleRequest(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  options: BundleRouteOptions,
): Promise<void> {
  const { bundles, token, port } = options;
  if (pathname === BUNDLE_UPLOAD_PATH) {
    await handleStreamedUpload(
      req,
      res,
      { token, port },
      {
        refusedBecause: bundles ? null : 'This host does not take bundles.',
        receive: (fileName, body) => bundles!().receiveUpload(fileName, body),
      },
    );
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendRefusal(res, 405, 'invalid-input', 'Only reading is allowed here.', { Allow: 'GET, HEAD' });
    return;
  }
  if (pathname.startsWith(EXPORT_DOWNLOAD_PREFIX)) {
    const query = new URL(req.url ?? '/', 'http://127.0.0.1').searchParams;
    if (!tokenMatches(query.get(TOKEN_QUERY_PARAM) ?? req.headers[TOKEN_HEADER], token)) {
      sendRefusal(res, 401, 'unauthorized', NO_TOKEN);
      return;
    }
    const file = bundles?.().exportDownload(pathname.slice(EXPORT_DOWNLOAD_PREFIX.length));
    if (!file) return notFound(res);
    await sendDownload(res, file, req.method === 'HEAD');
    return;
  }
  const site = parseReviewedSitePath(pathname.slice(REVIEWED_SITE_PREFIX.length));
  if (site === null) return notFound(res);
  if (!tokenMatches(site.access, token)) {
    sendRefusal(res, 401, 'unauthorized', NO_TOKEN);
    return;
  }
  const file = (await bundles?.().reviewedSiteFile(site.portfolioId, site.file)) ?? null;
  await sendArtifact(
    res,
    reviewedFileResponse(file, {
      rangeHeader: req.headers.range ?? null,
      headOnly: req.method === 'HEAD',
    }),
  );
}

async function sendDownload(
  res: ServerResponse,
  file: { path: string; fileName: string },
  headOnly: boolean,
): Promise<void> {
  let size: number;
  try {
    size = (await stat(file.path)).size;
  } catch {
    return notFound(res);
  }
  await sendArtifact(res, {
    status: 200,
    headers: {
      'Content-Type': 'application/octet-stream',
      'Content-Disposition': contentDisposition('attachment', file.fileName),
      'Content-Length': String(size),
      'Cache-Control': 'no-store',
    },
    body: headOnly ? null : createReadStream(file.path),
  });
}
