import { createReadStream } from 'node:fs';
import { isSafeBundlePath } from '@shared/bundle/bundle-schemas';
import {
  artifactNotFound,
  artifactResponse,
  type ArtifactResponse,
} from '../artifacts/serve-artifact';

/** A file of a reviewed portfolio's web version, as the reviewed library resolved it. */
export interface ReviewedSiteFile {
  /** A page or style sheet this app rendered, or an artifact file of the bundle. */
  kind: 'page' | 'artifact';
  path: string;
  mediaType: string;
  fileName: string;
  size: number;
  /** Artifacts: their SHA-256 (an ETag that never lies). */
  sha256?: string;
}

/**
 * The reviewed pages are plain HTML and CSS this app rendered from checked data; still, they show
 * someone else's words, so they are served as an inert document: no script at all (sandbox
 * without allow-scripts), nothing loaded from anywhere but the app itself, framed only by the app.
 */
export const REVIEWED_PAGE_CSP =
  "default-src 'none'; style-src 'self'; img-src 'self'; media-src 'self'; " +
  "frame-ancestors 'self'; base-uri 'none'; form-action 'none'; sandbox allow-same-origin allow-downloads";

function pageResponse(file: ReviewedSiteFile, headOnly: boolean): ArtifactResponse {
  return {
    status: 200,
    headers: {
      'Content-Type': file.mediaType,
      'Content-Length': String(file.size),
      'Content-Security-Policy': REVIEWED_PAGE_CSP,
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'SAMEORIGIN',
      'Cache-Control': 'private, no-cache',
      'Cross-Origin-Resource-Policy': 'same-origin',
      'Referrer-Policy': 'no-referrer',
    },
    body: headOnly ? null : createReadStream(file.path),
  };
}

/**
 * What both hosts answer for `/reviewed/<access>/<portfolioId>/<file>`: a page with the inert
 * page policy, an artifact exactly as the app's own artifacts are served (type allowlist, Range,
 * sandbox), or a plain 404.
 */
export function reviewedFileResponse(
  file: ReviewedSiteFile | null,
  request: { rangeHeader?: string | null; headOnly?: boolean },
): ArtifactResponse {
  if (file === null) return artifactNotFound();
  if (file.kind === 'page') return pageResponse(file, request.headOnly ?? false);
  return artifactResponse({
    artifact: {
      sha256: file.sha256 ?? '',
      size: file.size,
      fileName: file.fileName,
      mediaType: file.mediaType,
    },
    filePath: file.path,
    rangeHeader: request.rangeHeader ?? null,
    headOnly: request.headOnly ?? false,
  });
}

/** `<access>/<portfolioId>/<file…>` of a reviewed-site path, or null when it is not one. */
export function parseReviewedSitePath(
  rest: string,
): { access: string; portfolioId: string; file: string } | null {
  const [access, portfolioId, ...file] = rest.split('/');
  if (!access || !portfolioId || file.length === 0) return null;
  try {
    const parsed = {
      access: decodeURIComponent(access),
      portfolioId: decodeURIComponent(portfolioId),
      file: file.map((segment) => decodeURIComponent(segment)).join('/'),
    };
    // Decoding may have made `%2e%2e` or `%2f` into dots and slashes: check what it made.
    return isSafeBundlePath(parsed.file) ? parsed : null;
  } catch {
    return null;
  }
}
