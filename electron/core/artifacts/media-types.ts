import { extname } from 'node:path';

/**
 * Media types by file extension: what an artifact is recorded with when it is added. Unknown
 * kinds are `application/octet-stream`; the record keeps the original file name either way.
 */
const MEDIA_TYPES: Readonly<Record<string, string>> = {
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
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
  return MEDIA_TYPES[extname(fileName).toLowerCase()] ?? UNKNOWN_MEDIA_TYPE;
}

/**
 * The only kinds the app shows inline, each with the Content-Type it is served as. Text of any of
 * these kinds is served as plain text, which a browser never runs. Not here, on purpose: SVG and
 * HTML (they can carry script), and everything unknown — those are downloads.
 */
const INLINE_CONTENT_TYPES: Readonly<Record<string, string>> = {
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
  const inline = Object.hasOwn(INLINE_CONTENT_TYPES, mediaType)
    ? INLINE_CONTENT_TYPES[mediaType]
    : undefined;
  return inline === undefined
    ? { contentType: UNKNOWN_MEDIA_TYPE, inline: false }
    : { contentType: inline, inline: true };
}
