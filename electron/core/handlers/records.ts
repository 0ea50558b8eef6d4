import type { Portfolio } from '@shared/domain/portfolio';
import { touched, type RecordMeta } from '@shared/domain/record';
import { UserError } from '../errors';

/** The portfolio's record lists that the user creates, edits and deletes one by one. */
export type RecordListKey = 'sessions' | 'assignments' | 'logEntries' | 'artifacts';
type RecordOf<K extends RecordListKey> = Portfolio[K][number];

const RECORD_NAMES: Record<RecordListKey, string> = {
  sessions: 'session',
  assignments: 'assignment',
  logEntries: 'log entry',
  artifacts: 'artifact',
};

function indexOf(list: readonly RecordMeta[], id: string, key: RecordListKey): number {
  const index = list.findIndex((r) => r.id === id);
  if (index === -1) {
    throw new UserError(
      'not-found',
      `That ${RECORD_NAMES[key]} no longer exists; it may have been deleted elsewhere. Reload and try again.`,
    );
  }
  return index;
}

/** The record with `id`, or a not-found error for people. Deleted records count only with `includeDeleted`. */
export function findRecord<K extends RecordListKey>(
  portfolio: Portfolio,
  key: K,
  id: string,
  { includeDeleted = false } = {},
): RecordOf<K> {
  const list = portfolio[key] as RecordOf<K>[];
  const record = list[indexOf(list, id, key)]!;
  if (record.deletedAt !== null && !includeDeleted) indexOf([], id, key);
  return record;
}

/** Replace a record by a new revision of itself with `changes`; returns the new revision. */
export function changeRecord<K extends RecordListKey>(
  portfolio: Portfolio,
  key: K,
  id: string,
  changes: Partial<RecordOf<K>>,
  now: Date,
  { includeDeleted = false } = {},
): RecordOf<K> {
  const list = portfolio[key] as RecordOf<K>[];
  const current = findRecord(portfolio, key, id, { includeDeleted });
  const next = touched(current, changes, now);
  list[list.indexOf(current)] = next;
  return next;
}

/** Delete by tombstone, so that the deletion can travel to another computer and be undone. */
export function deleteRecord<K extends RecordListKey>(
  portfolio: Portfolio,
  key: K,
  id: string,
  now: Date,
): RecordOf<K> {
  return changeRecord(
    portfolio,
    key,
    id,
    { deletedAt: now.toISOString() } as Partial<RecordOf<K>>,
    now,
  );
}

/** Undo of a delete. Restoring a record that is not deleted changes nothing. */
export function restoreRecord<K extends RecordListKey>(
  portfolio: Portfolio,
  key: K,
  id: string,
  now: Date,
): RecordOf<K> {
  const current = findRecord(portfolio, key, id, { includeDeleted: true });
  if (current.deletedAt === null) return current;
  return changeRecord(portfolio, key, id, { deletedAt: null } as Partial<RecordOf<K>>, now, {
    includeDeleted: true,
  });
}

// One rule for both sides of the contract: the renderer's caches apply edits the same way.
export { definedOnly, type DefinedOnly } from '@shared/domain/record';
