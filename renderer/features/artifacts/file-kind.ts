import type { Artifact } from '@shared/domain/artifact';

export type PreviewKind = 'image' | 'pdf' | 'text' | 'audio' | 'video' | 'none';

/** Images a browser shows safely in <img> (scripts inside an SVG never run there). */
const IMAGE_TYPES = new Set([
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'image/avif',
  'image/bmp',
  'image/svg+xml',
]);
const TEXT_TYPES = new Set(['application/json', 'application/xml', 'application/x-yaml']);
/**
 * Sound and video the core serves inline (shared/media-types.ts); any other kind
 * arrives as a download, which a player could not play.
 */
const AUDIO_TYPES = new Set(['audio/mpeg', 'audio/mp4', 'audio/wav', 'audio/ogg']);
const VIDEO_TYPES = new Set(['video/mp4', 'video/webm']);

/** Which preview the app can show for a file of this media type. */
export function previewKindOf(mediaType: string): PreviewKind {
  const type = mediaType.toLowerCase().split(';')[0]?.trim() ?? '';
  if (IMAGE_TYPES.has(type)) return 'image';
  if (type === 'application/pdf') return 'pdf';
  if (type.startsWith('text/') || TEXT_TYPES.has(type)) return 'text';
  if (AUDIO_TYPES.has(type)) return 'audio';
  if (VIDEO_TYPES.has(type)) return 'video';
  return 'none';
}

/** A short type for lists: the file's extension ("PDF", "DOCX"), else the media type. */
export function fileTypeLabel(artifact: Pick<Artifact, 'fileName' | 'mediaType'>): string {
  const dot = artifact.fileName.lastIndexOf('.');
  const extension = dot > 0 ? artifact.fileName.slice(dot + 1) : '';
  return extension && extension.length <= 8 ? extension.toUpperCase() : artifact.mediaType;
}
