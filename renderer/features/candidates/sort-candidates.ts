import type { CandidateRow } from '@shared/contract/candidates-channels';

export const SORT_KEYS = [
  'name',
  'organisation',
  'cohortYear',
  'sessionsAttended',
  'assignmentsPassed',
  'overdue',
  'latestBundleAt',
  'changesSinceLastLook',
  'nextReport',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';
export interface SortOrder {
  key: SortKey;
  direction: SortDirection;
}

function valueOf(row: CandidateRow, key: SortKey): string | number {
  if (key === 'nextReport') return row.nextReport.due;
  if (key === 'cohortYear') return row.cohortYear ?? -1;
  if (key === 'name') return row.name.toLocaleLowerCase();
  if (key === 'organisation') return row.organisation.toLocaleLowerCase();
  return row[key];
}

/** The rows in `order`; ties keep the name order, so the table never jumps around. */
export function sortCandidates(rows: readonly CandidateRow[], order: SortOrder): CandidateRow[] {
  const sign = order.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = valueOf(a, order.key);
    const y = valueOf(b, order.key);
    const compared =
      typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return compared * sign || a.name.localeCompare(b.name);
  });
}

/** Choosing the sorted column again turns it round; another column starts ascending. */
export function nextOrder(current: SortOrder, key: SortKey): SortOrder {
  if (current.key !== key) return { key, direction: 'ascending' };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}
