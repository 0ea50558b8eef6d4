import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import type { Artifact } from '@shared/domain/artifact';
import { parseRange } from './byte-range';
import { servedContentType } from '@shared/media-types';

/** What both hosts send for an artifact request: the browser host's route and Electron's app://. */
export interface ArtifactResponse {
  status: number;
  headers: Record<string, string>;
  /** Null for HEAD and for answers without a body. */
  body: Readable | null;
}

export interface ArtifactRequest {
  artifact: Pick<Artifact, 'sha256' | 'size' | 'fileName' | 'mediaType'>;
  /** The stored file, from the content store; never anything taken from the URL. */
  filePath: string;
  rangeHeader?: string | null;
  /** `?download=1`: always an attachment, whatever the type. */
  download?: boolean;
  /** HEAD: the same headers, no body. */
  headOnly?: boolean;
}

/**
 * An artifact must never act as a page of the app: no script, no plugin, no frame of its own,
 * whatever it contains. PDF is the one exception to `sandbox`: Chromium refuses to show a PDF in
 * a sandboxed document at all, and its viewer runs in its own origin, not ours.
 */
const INERT_CSP = "default-src 'none'; frame-ancestors 'self'; sandbox";
const PDF_CSP = "default-src 'none'; frame-ancestors 'self'";

/** Headers every artifact answer carries, found or not. */
function baseHeaders(): Record<string, string> {
  return {
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': INERT_CSP,
    'Cache-Control': 'private, no-cache',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
    // The app may show a PDF or image in a frame of its own pages; no other site may frame it.
    'X-Frame-Options': 'SAMEORIGIN',
  };
}

/** RFC 6266: an ASCII fallback plus the exact UTF-8 name. */
export function contentDisposition(kind: 'inline' | 'attachment', fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/**
 * The answer to `GET /artifact/<id>` once the id has been looked up: the type from our own
 * allowlist (anything else is an inert download), one byte range when asked (206, or 416 when it
 * lies outside the file), and a stream of just those bytes.
 */
export function artifactResponse(request: ArtifactRequest): ArtifactResponse {
  const { artifact, filePath, rangeHeader, download = false, headOnly = false } = request;
  const { contentType, inline } = servedContentType(artifact.mediaType);
  const headers: Record<string, string> = {
    ...baseHeaders(),
    'Content-Type': contentType,
    'Content-Disposition': contentDisposition(
      inline && !download ? 'inline' : 'attachment',
      artifact.fileName,
    ),
    'Accept-Ranges': 'bytes',
    ETag: `"${artifact.sha256}"`,
  };
  if (contentType === 'application/pdf') headers['Content-Security-Policy'] = PDF_CSP;
  const size = artifact.size;
  const range = parseRange(rangeHeader, size);

  if (range.kind === 'unsatisfiable') {
    return {
      status: 416,
      headers: { ...headers, 'Content-Range': `bytes */${size}`, 'Content-Length': '0' },
      body: null,
    };
  }
  const [start, end] = range.kind === 'part' ? [range.start, range.end] : [0, size - 1];
  const length = size === 0 ? 0 : end - start + 1;
  if (range.kind === 'part') headers['Content-Range'] = `bytes ${start}-${end}/${size}`;
  headers['Content-Length'] = String(length);
  const body =
    headOnly || length === 0
      ? null
      : createReadStream(filePath, { start, end, highWaterMark: 1024 * 1024 });
  return { status: range.kind === 'part' ? 206 : 200, headers, body };
}

/** The answer for an id that names no live artifact (or a file gone missing): nothing more said. */
export function artifactNotFound(): ArtifactResponse {
  const text = 'Not found';
  return {
    status: 404,
    headers: {
      ...baseHeaders(),
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Length': String(Buffer.byteLength(text)),
    },
    body: Readable.from([Buffer.from(text)]),
  };
}
