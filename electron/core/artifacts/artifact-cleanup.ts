import type { Portfolio } from '@shared/domain/portfolio';
import type { ArtifactTrash } from './artifact-trash';
import type { ContentStore } from './content-store';
import { hashesNamedByKeptCopies } from './kept-copies';

/**
 * The stored files that some artifact record refers to. Tombstoned records count: a deleted
 * artifact keeps its file so that undo (and a deletion arriving later by sync) always works.
 */
export function referencedHashes(portfolio: Portfolio): Set<string> {
  return new Set(portfolio.artifacts.map((artifact) => artifact.sha256));
}

export interface TidyArtifactFilesOptions {
  content: ContentStore;
  trash: ArtifactTrash;
  /** The data folder whose kept copies (backups, damaged files, staging...) are searched. */
  dataDir: string;
  portfolio: Portfolio;
  /** Files only the other side of a sync conflict refers to (conflicts.json). */
  alsoKeep: ReadonlySet<string>;
  now: Date;
}

/**
 * Move the stored files nothing names into the trash — left by an add that crashed between
 * storing the file and saving its record — and remove temp files of interrupted adds. "Named"
 * is by a record (live or deleted), the other side of a conflict, or any kept copy of the data
 * (see kept-copies.ts): a backup restored tomorrow must find its files. A trashed file named
 * again is brought back, and the trash's days older than its keeping time are emptied. Returns
 * the hashes moved to the trash. When a kept copy cannot be read, nothing is moved or emptied.
 * Run only while holding the data folder's lock, with no add in progress (ArtifactLibrary), and
 * never in an open that repaired anything.
 */
export async function tidyArtifactFiles(options: TidyArtifactFilesOptions): Promise<string[]> {
  const { content, trash, now } = options;
  await content.removeLeftoverTempFiles();
  const referenced = new Set([...referencedHashes(options.portfolio), ...options.alsoKeep]);
  const stored = new Set(await content.list());
  const trashed = await trash.list();
  const unreferenced = [...stored].filter((sha256) => !referenced.has(sha256));
  // The usual case: nothing to judge, so no kept copy needs reading.
  if (unreferenced.length === 0 && trashed.size === 0) return [];

  const named = await hashesNamedByKeptCopies(options.dataDir);
  if (named === null) return [];
  const keep = new Set([...referenced, ...named]);
  for (const [sha256, path] of trashed) {
    if (keep.has(sha256) && !stored.has(sha256)) await trash.bringBack(content, sha256, path);
  }
  const moved = unreferenced.filter((sha256) => !keep.has(sha256));
  for (const sha256 of moved) await trash.putAway(content, sha256, now);
  await trash.emptyOlderThanKept(now);
  return moved;
}
