import { extname } from 'node:path';

/**
 * Kinds whose bytes are already compressed (images, PDF, the zip-based Office files, audio and
 * video, zip itself): deflating them again costs time and saves nothing, so they are STORED.
 */
const COMPRESSED_EXTENSIONS = new Set([
  '.png',
  '.jpg',
  '.jpeg',
  '.gif',
  '.webp',
  '.pdf',
  '.docx',
  '.xlsx',
  '.pptx',
  '.mp3',
  '.mp4',
  '.m4a',
  '.webm',
  '.ogg',
  '.zip',
]);

const COMPRESSED_MEDIA_TYPES = new Set([
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'audio/mpeg',
  'video/mp4',
  'audio/mp4',
  'video/webm',
  'audio/webm',
  'audio/ogg',
  'video/ogg',
  'application/zip',
]);

/** Whether a file should be deflated in the bundle, judged by its name and media type. */
export function shouldDeflate(file: { fileName: string; mediaType: string }): boolean {
  return (
    !COMPRESSED_EXTENSIONS.has(extname(file.fileName).toLowerCase()) &&
    !COMPRESSED_MEDIA_TYPES.has(file.mediaType.toLowerCase())
  );
}
