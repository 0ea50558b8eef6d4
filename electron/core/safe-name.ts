import { basename, dirname, join, resolve } from 'node:path';
import { UserError } from './errors';

/**
 * Defence in depth for "data never names a path": every path built from data (a record id, a
 * SHA-256, an inspection or upload id, a relative path from a commit plan) goes through here.
 * Schemas already refuse such values; this refuses again, so a future schema slip cannot write
 * elsewhere. Nothing is ever sanitised: a name that is not plain is refused.
 */

/** Longer names are refused on common file systems anyway (255 bytes). */
export const MAX_FILE_NAME_BYTES = 255;

/**
 * Separators of any system, ':' (a Windows drive or stream), NUL and other control characters.
 */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[/\\:\u0000-\u001f\u007f]/;

/** Stored artifact files are named by their SHA-256 in hex. */
export const SHA256_NAME = /^[0-9a-f]{64}$/;

/** A value shown inside a sentence: short, quoted, and every unusual character escaped. */
export function shownName(value: string, max = 40): string {
  const cut = value.length > max ? `${value.slice(0, max)}…` : value;
  return JSON.stringify(cut).replace(
    /[^\u0020-\u007e…]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** True when `name` is one plain file name: no separator, not '.' or '..', no control character. */
export function isPlainFileName(name: string): boolean {
  return (
    typeof name === 'string' &&
    name.length > 0 &&
    name !== '.' &&
    name !== '..' &&
    !FORBIDDEN.test(name) &&
    name.trim() === name &&
    Buffer.byteLength(name, 'utf8') <= MAX_FILE_NAME_BYTES
  );
}

/** The refusal of a name that is not plain (or not of the expected shape). */
export function refusal(name: string): UserError {
  return new UserError(
    'invalid-input',
    `${shownName(String(name))} cannot be used as a file name (only a plain name inside its folder is), so it was not used.`,
  );
}

/**
 * `<folder>/<name>`, only when `name` is a plain file name (and matches `pattern` when given)
 * whose path stays directly inside `folder`; a UserError otherwise.
 */
export function safeChildPath(folder: string, name: string, pattern?: RegExp): string {
  if (!isPlainFileName(name) || (pattern !== undefined && !pattern.test(name))) {
    throw refusal(name);
  }
  const path = join(folder, name);
  if (resolve(dirname(path)) !== resolve(folder) || basename(path) !== name) throw refusal(name);
  return path;
}

/** `<folder>/<a>/<b>/…` for a relative path written with '/', each segment a plain name. */
export function safeRelativePath(folder: string, relative: string): string {
  return relative.split('/').reduce((path, segment) => safeChildPath(path, segment), folder);
}
