import type { BundleProblem } from '../bundle-error';

/** Longest entry name and path segment we accept; our own bundles stay far below. */
export const MAX_NAME_LENGTH = 1000;
export const MAX_SEGMENT_LENGTH = 255;

/** What the zip's central directory says about one entry, before anything is inflated. */
export interface ZipEntryFacts {
  name: string;
  externalFileAttributes: number;
  /** The high byte of "version made by": 3 means Unix, whose attributes carry a file mode. */
  madeByHost: number;
  uncompressedSize: number;
}

export type EntryVerdict =
  | { ok: true; kind: 'file' | 'directory' }
  | { ok: false; problem: BundleProblem; sentence: string };

const UNIX_HOST = 3;
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const S_IFDIR = 0o040000;
const MSDOS_DIRECTORY = 0x10;

const refused = (problem: BundleProblem, sentence: string): EntryVerdict => ({
  ok: false,
  problem,
  sentence,
});

/** A name shown in a sentence: control characters made visible, long names cut. */
export function printableName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const visible = name.replace(/[\u0000-\u001f\u007f]/g, '?');
  return JSON.stringify(visible.length > 80 ? `${visible.slice(0, 77)}...` : visible);
}

const unsafe = (name: string, why: string) =>
  refused(
    'unsafe-path',
    `The bundle holds a file named ${printableName(name)}, which ${why}: it is not a bundle this app made, so nothing was imported.`,
  );

/**
 * Whether an entry name could only ever land inside a folder it is extracted into, on Linux,
 * macOS and Windows alike. Pure, so it can be tested against a table of hostile names.
 */
export function checkEntryName(name: string): EntryVerdict | null {
  if (name.length === 0) return unsafe(name, 'is empty');
  if (name.length > MAX_NAME_LENGTH) return unsafe(name, 'is too long');
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) return unsafe(name, 'holds control characters');
  if (name.includes('\\')) return unsafe(name, 'uses backslashes');
  if (name.startsWith('/')) return unsafe(name, 'is an absolute path');
  if (/^[a-zA-Z]:/.test(name) || name.includes(':')) return unsafe(name, 'names a drive or stream');
  // A trailing slash marks a directory entry; every other segment must be a real name.
  const segments = (name.endsWith('/') ? name.slice(0, -1) : name).split('/');
  for (const segment of segments) {
    if (segment === '..') return unsafe(name, 'climbs out of its folder');
    if (segment === '' || segment === '.') return unsafe(name, 'has an empty path segment');
    if (segment.length > MAX_SEGMENT_LENGTH) return unsafe(name, 'has a part that is too long');
    // Windows drops trailing dots and spaces, so "a." and "a" would be the same file there.
    if (/[. ]$/.test(segment)) return unsafe(name, 'ends a part with a dot or a space');
  }
  return null;
}

/** File name rules plus what the attributes say: symlinks refused, empty directories tolerated. */
export function checkEntry(entry: ZipEntryFacts): EntryVerdict {
  const byName = checkEntryName(entry.name);
  if (byName) return byName;
  const unixMode =
    entry.madeByHost === UNIX_HOST ? (entry.externalFileAttributes >>> 16) & S_IFMT : 0;
  if (unixMode === S_IFLNK) {
    return refused(
      'symlink',
      `The bundle holds a link (${printableName(entry.name)}) instead of a file: it is not a bundle this app made, so nothing was imported.`,
    );
  }
  const isDirectory =
    entry.name.endsWith('/') ||
    unixMode === S_IFDIR ||
    (entry.externalFileAttributes & MSDOS_DIRECTORY) !== 0;
  if (isDirectory) {
    if (!entry.name.endsWith('/') || entry.uncompressedSize !== 0) {
      return unsafe(entry.name, 'is marked both as a folder and as a file');
    }
    return { ok: true, kind: 'directory' };
  }
  return { ok: true, kind: 'file' };
}

/**
 * The key two names collide under when extracted on a case-insensitive, Unicode-normalising file
 * system (Windows, macOS): "A.txt" and "a.txt", or "é" composed and decomposed, are one file there.
 */
export function collisionKey(name: string): string {
  const withoutSlash = name.endsWith('/') ? name.slice(0, -1) : name;
  return withoutSlash.normalize('NFC').toLowerCase();
}

/** Remembers names seen so far; the verdict for a name that collides with an earlier one. */
export function createDuplicateNameCheck(): (name: string) => EntryVerdict | null {
  const seen = new Map<string, string>();
  return (name) => {
    const key = collisionKey(name);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      const same = earlier === name;
      return refused(
        'duplicate-name',
        same
          ? `The bundle holds ${printableName(name)} twice: it is damaged or not made by this app, so nothing was imported.`
          : `The bundle holds both ${printableName(earlier)} and ${printableName(name)}, which are the same file on Windows and macOS: nothing was imported.`,
      );
    }
    seen.set(key, name);
    return null;
  };
}
