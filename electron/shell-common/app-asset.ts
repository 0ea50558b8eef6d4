import path from 'node:path';
import { appFileContentType } from '@shared/media-types';
import { isAppUrl, parseUrl } from './app-origin';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';

/** A file of the built renderer, proven to lie inside it and to be of an allowed kind. */
export interface AppAsset {
  readonly filePath: string;
  readonly contentType: string;
}

/** Headers sent with every file of the app's own protocol. */
export function appAssetHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  };
}

/** Encoded forms that only a crafted request contains: dot, slash, backslash, NUL. */
const ENCODED_TRAVERSAL = /%(2e|2f|5c|00)/i;

/**
 * Map `app://portfolio/<path>` to a file inside `rendererRoot` (absolute), or null when the
 * request is refused: another origin, any dot segment (plain or encoded), backslashes, encoded
 * slashes, drive letters, hidden files, or a file kind outside the allowlist. `/` is index.html.
 */
export function resolveAppAsset(requestUrl: unknown, rendererRoot: string): AppAsset | null {
  if (typeof requestUrl !== 'string' || !path.isAbsolute(rendererRoot)) return null;
  // The URL parser resolves `..` and `%2e%2e` itself; look at the raw text first so that a
  // traversal attempt is refused rather than quietly rewritten.
  const rawPath = requestUrl.replace(/^[a-z]+:\/\/[^/?#]*/i, '').replace(/[?#].*$/s, '');
  if (rawPath.includes('\\') || ENCODED_TRAVERSAL.test(rawPath)) return null;
  const parsed = parseUrl(requestUrl);
  if (parsed === null || !isAppUrl(parsed)) return null;

  const segments = rawPath === '' || rawPath === '/' ? ['index.html'] : rawPath.slice(1).split('/');
  const decoded: string[] = [];
  for (const segment of segments) {
    let name: string;
    try {
      name = decodeURIComponent(segment);
    } catch {
      return null;
    }
    if (name === '' || name.startsWith('.') || /[/\\:]/.test(name) || name.includes('\0'))
      return null;
    decoded.push(name);
  }

  const root = path.resolve(rendererRoot);
  const filePath = path.resolve(root, ...decoded);
  if (!filePath.startsWith(root + path.sep)) return null;
  const contentType = appFileContentType(filePath);
  return contentType === null ? null : { filePath, contentType };
}
