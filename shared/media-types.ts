/**
 * Every list of file kinds the app knows, side by side: what an artifact is recorded as, which
 * artifacts are shown inline, and which files of the app itself are served. Pure data, so the
 * core (artifacts) and the shells (the app's own files) read the same module.
 *
 * Why the two serving allowlists differ: artifacts are the user's files, or files from someone
 * else's bundle, so they are data: only kinds a browser can never run are shown inline (no HTML,
 * no SVG, no script; text is sent as plain text), and everything else is an inert download. The
 * app's own files are the built renderer, which we wrote: its HTML, scripts, styles, SVG icons
 * and fonts must be served as what they are for the app to run — and nothing outside that list
 * (a source map, a stray .env) is served at all, not even as a download.
 */

/** The extension of a file name, lower-cased, with its dot; '' when it has none. */
function extensionOf(fileName: string): string {
  const name = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const dot = name.lastIndexOf('.');
  // A leading dot names a hidden file, not an extension (as Node's path.extname).
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

const lookUp = (table: Readonly<Record<string, string>>, key: string): string | undefined =>
  Object.hasOwn(table, key) ? table[key] : undefined;

/** Raster images: the same type whether an artifact or the app's own file (no charset, binary). */
const RASTER_IMAGE_TYPES: Readonly<Record<string, string>> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
};

/**
 * Media types by file extension: what an artifact is recorded with when it is added. Unknown
 * kinds are `application/octet-stream`; the record keeps the original file name either way.
 */
const ARTIFACT_MEDIA_TYPES: Readonly<Record<string, string>> = {
  '.pdf': 'application/pdf',
  ...RASTER_IMAGE_TYPES,
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain',
  '.md': 'text/markdown',
  '.csv': 'text/csv',
  '.log': 'text/plain',
  '.json': 'application/json',
  '.html': 'text/html',
  '.htm': 'text/html',
  '.mp3': 'audio/mpeg',
  '.m4a': 'audio/mp4',
  '.wav': 'audio/wav',
  '.ogg': 'audio/ogg',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.doc': 'application/msword',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xls': 'application/vnd.ms-excel',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.ppt': 'application/vnd.ms-powerpoint',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  '.odt': 'application/vnd.oasis.opendocument.text',
  '.ods': 'application/vnd.oasis.opendocument.spreadsheet',
  '.odp': 'application/vnd.oasis.opendocument.presentation',
  '.rtf': 'application/rtf',
  '.zip': 'application/zip',
};

export const UNKNOWN_MEDIA_TYPE = 'application/octet-stream';

export function mediaTypeForFileName(fileName: string): string {
  return lookUp(ARTIFACT_MEDIA_TYPES, extensionOf(fileName)) ?? UNKNOWN_MEDIA_TYPE;
}

/**
 * Artifacts: the only kinds the app shows inline, each with the Content-Type it is served as.
 * Text of any of these kinds is served as plain text, which a browser never runs. Not here, on
 * purpose: SVG and HTML (they can carry script), and everything unknown — those are downloads.
 */
const ARTIFACT_INLINE_CONTENT_TYPES: Readonly<Record<string, string>> = {
  'image/png': 'image/png',
  'image/jpeg': 'image/jpeg',
  'image/gif': 'image/gif',
  'image/webp': 'image/webp',
  'image/avif': 'image/avif',
  'application/pdf': 'application/pdf',
  'text/plain': 'text/plain; charset=utf-8',
  'text/csv': 'text/plain; charset=utf-8',
  'text/markdown': 'text/plain; charset=utf-8',
  'audio/mpeg': 'audio/mpeg',
  'audio/mp4': 'audio/mp4',
  'audio/wav': 'audio/wav',
  'audio/ogg': 'audio/ogg',
  'video/mp4': 'video/mp4',
  'video/webm': 'video/webm',
};

/**
 * How an artifact of `mediaType` is served: inline with its own type when on the allowlist,
 * otherwise as an inert download. `mediaType` is data (it may come from an imported bundle), so
 * it is only ever looked up here, never echoed back as a header.
 */
export function servedContentType(mediaType: string): { contentType: string; inline: boolean } {
  const inline = lookUp(ARTIFACT_INLINE_CONTENT_TYPES, mediaType);
  return inline === undefined
    ? { contentType: UNKNOWN_MEDIA_TYPE, inline: false }
    : { contentType: inline, inline: true };
}

/**
 * The app's own files: the only kinds either shell serves from the built renderer, by extension.
 * Anything else (a stray .env, a source map, a lock file) is not served at all, whatever its path.
 */
const APP_FILE_CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  ...RASTER_IMAGE_TYPES,
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
};

/** The Content-Type to send for a file of the app, or null when its kind is not on the allowlist. */
export function appFileContentType(filePath: string): string | null {
  return lookUp(APP_FILE_CONTENT_TYPES, extensionOf(filePath)) ?? null;
}
