/**
 * A mentor who unzips a bundle to look and compresses the folder again with the system's own tool
 * gets every entry inside one top folder ("Name/manifest.json"), beside entries the system adds.
 * These pure decisions let the reader take such a zip as the bundle it was, and nothing more.
 */

/** Windows compares names without case, so its files are matched the same way. */
const WINDOWS_METADATA = new Set(['thumbs.db', 'desktop.ini']);

/**
 * The entries macOS Finder and Windows Explorer add of their own: `__MACOSX/…` (AppleDouble
 * `._name` files and their folders), `.DS_Store` anywhere (Finder), `Thumbs.db` and `desktop.ini`
 * anywhere (Explorer). The reader ignores them and never inflates them; every other rule (name,
 * link, size) still applies to them first.
 */
export function isSystemMetadata(name: string): boolean {
  const segments = (name.endsWith('/') ? name.slice(0, -1) : name).split('/');
  if (segments[0] === '__MACOSX') return true;
  const last = segments.at(-1) ?? '';
  return last === '.DS_Store' || WINDOWS_METADATA.has(last.toLowerCase());
}

export type TopFolder =
  /** Entries sit where the bundle puts them (or there are none): names are used as they are. */
  | { kind: 'none' }
  /** Every entry sits inside this one folder (e.g. "Name/"): names are read without it. */
  | { kind: 'one'; prefix: string }
  /** No entry at the top, and more than one folder there: not one bundle's folder. */
  | { kind: 'several'; folders: string[] };

/**
 * The one folder every entry sits under, from the names of every entry that is not system
 * metadata (folder entries included, so a stray empty folder beside it counts as a second one).
 */
export function findTopFolder(names: readonly string[]): TopFolder {
  const folders = new Set<string>();
  for (const name of names) {
    const slash = name.indexOf('/');
    // A file at the top: the zip is laid out as the bundle itself.
    if (slash === -1) return { kind: 'none' };
    folders.add(name.slice(0, slash));
  }
  if (folders.size === 0) return { kind: 'none' };
  const [only] = folders;
  if (folders.size === 1) return { kind: 'one', prefix: `${only}/` };
  return { kind: 'several', folders: [...folders].sort() };
}
