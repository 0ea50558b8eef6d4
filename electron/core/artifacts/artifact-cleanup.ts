import type { Portfolio } from '@shared/domain/portfolio';
import type { ContentStore } from './content-store';

/**
 * The stored files that some artifact record refers to. Tombstoned records count: a deleted
 * artifact keeps its file so that undo (and a deletion arriving later by sync) always works.
 */
export function referencedHashes(portfolio: Portfolio): Set<string> {
  return new Set(portfolio.artifacts.map((artifact) => artifact.sha256));
}

/**
 * Remove the stored files no record refers to — left by an add that crashed between storing the
 * file and saving its record — and temp files of interrupted adds. Returns the removed hashes.
 * `alsoKeep`: files only the other side of a sync conflict refers to (conflicts.json).
 * Run only while holding the data folder's lock and with no add in progress (ArtifactLibrary).
 */
export async function removeUnreferencedFiles(
  content: ContentStore,
  portfolio: Portfolio,
  alsoKeep: ReadonlySet<string> = new Set(),
): Promise<string[]> {
  await content.removeLeftoverTempFiles();
  const keep = new Set([...referencedHashes(portfolio), ...alsoKeep]);
  const orphans = (await content.list()).filter((sha256) => !keep.has(sha256));
  for (const sha256 of orphans) await content.remove(sha256);
  return orphans;
}
