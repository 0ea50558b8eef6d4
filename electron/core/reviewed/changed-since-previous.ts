import type { BundleData } from '@shared/bundle/bundle-schemas';
import {
  CHANGED_RECORD_KINDS,
  type CandidateChangedIds,
  type ChangedRecordKind,
} from '@shared/contract/candidate-view-channels';
import type { RecordMeta } from '@shared/domain/record';

type Records = Record<ChangedRecordKind, readonly RecordMeta[]>;

const recordsOf = (data: BundleData): Records => ({
  sessions: data.portfolio.sessions,
  assignments: data.portfolio.assignments,
  reflections: data.reflections,
  artifacts: data.portfolio.artifacts,
  logEntries: data.portfolio.logEntries,
});

/**
 * The live records of `current` that were not in `previous` (added) or had another revision
 * there (changed). Deleted records are not marked: a mark sits on an item in a list, and a
 * deleted item is in no list. A local comparison: the "changes since I last looked" list of My
 * candidates (shared/review/portfolio-changes.ts, another slice) may replace it once merged.
 */
export function changedSincePrevious(
  current: BundleData,
  previous: BundleData | null,
): CandidateChangedIds {
  const now = recordsOf(current);
  const before = previous ? recordsOf(previous) : null;
  const records = {} as CandidateChangedIds['records'];
  for (const kind of CHANGED_RECORD_KINDS) {
    const added: string[] = [];
    const changed: string[] = [];
    if (before) {
      const revisions = new Map(before[kind].map((r) => [r.id, r.revision]));
      for (const record of now[kind]) {
        if (record.deletedAt !== null) continue;
        const revision = revisions.get(record.id);
        if (revision === undefined) added.push(record.id);
        else if (revision !== record.revision) changed.push(record.id);
      }
    }
    records[kind] = { added, changed };
  }
  return { hasPrevious: before !== null, records };
}
