import type { BundleData } from '@shared/bundle/bundle-schemas';
import {
  CHANGED_RECORD_KINDS,
  type CandidateChangedIds,
  type ChangedRecordKind,
} from '@shared/contract/candidate-view-channels';
import { portfolioChanges, type ChangeKind } from '@shared/review/portfolio-changes';

/** The list of each change kind, as the candidate's screens name them. */
const LIST_OF: Record<ChangeKind, ChangedRecordKind> = {
  session: 'sessions',
  assignment: 'assignments',
  reflection: 'reflections',
  artifact: 'artifacts',
  'log-entry': 'logEntries',
};

/**
 * The records of `current` that were not in `previous` (added) or changed since, for the marks
 * in the candidate's lists: the same comparison as My candidates' list of changes
 * (shared/review/portfolio-changes.ts). Deleted records are not marked: a mark sits on an item
 * in a list, and a deleted item is in no list.
 */
export function changedSincePrevious(
  current: BundleData,
  previous: BundleData | null,
): CandidateChangedIds {
  const records = Object.fromEntries(
    CHANGED_RECORD_KINDS.map((kind) => [kind, { added: [] as string[], changed: [] as string[] }]),
  ) as CandidateChangedIds['records'];
  if (previous === null) return { hasPrevious: false, records };
  for (const change of portfolioChanges(previous, current)) {
    const list = records[LIST_OF[change.kind]];
    if (change.what === 'new') list.added.push(change.id);
    else if (change.what === 'changed') list.changed.push(change.id);
  }
  return { hasPrevious: true, records };
}
