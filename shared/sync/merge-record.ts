import type { RecordMeta } from '../domain/record';
import { sameContent } from './record-content';
import { compareVersions, mergedVersions } from './versions';

/**
 * What merging another computer's version of one record into ours gives. `unchanged` may still
 * carry a record to write: the same content with the version vectors of both sides joined.
 */
export type RecordMergeOutcome<T extends RecordMeta> =
  { kind: 'added' | 'updated' | 'deleted' | 'unchanged'; record: T } | { kind: 'conflict' };

/** The local revision counter of a record that replaces `local`: always forward. */
function nextRevision(local: RecordMeta, theirs: RecordMeta): number {
  return Math.max(local.revision, theirs.revision) + 1;
}

/** One record: theirs (already localized) against ours, by version vectors and content. */
export function mergeRecord<T extends RecordMeta>(
  local: T | undefined,
  theirs: T,
): RecordMergeOutcome<T> {
  if (local === undefined) return { kind: 'added', record: theirs };
  const order = compareVersions(local.versions, theirs.versions);
  if (order === 'after') return { kind: 'unchanged', record: local };
  if (sameContent(local, theirs)) {
    // Both sides made the same change (or theirs only learnt of ours): nothing to show the user,
    // but the joined vector is written so that the next exchange finds them equal.
    const versions = mergedVersions(local.versions, theirs.versions);
    if (compareVersions(local.versions, versions) === 'equal') {
      return { kind: 'unchanged', record: local };
    }
    return {
      kind: 'unchanged',
      record: { ...local, versions, revision: nextRevision(local, theirs) },
    };
  }
  if (order === 'before') {
    const record = { ...theirs, revision: nextRevision(local, theirs) };
    const deletes = theirs.deletedAt !== null && local.deletedAt === null;
    return { kind: deletes ? 'deleted' : 'updated', record };
  }
  // Concurrent changes, or equal vectors with different content (a file edited by hand).
  return { kind: 'conflict' };
}
