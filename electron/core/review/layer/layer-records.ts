import { touched, type RecordMeta } from '@shared/domain/record';
import type { StoredReviewLayer } from '@shared/review/review-layer';
import { UserError } from '../../errors';

/** The layer's record lists. */
export type LayerListKey = 'evaluations' | 'threads' | 'attendance' | 'workStudy' | 'reports';
type RecordOf<K extends LayerListKey> = StoredReviewLayer[K][number];

/** What a change of the layer answers: the new layer (the same object to write nothing). */
export interface LayerChange<T> {
  layer: StoredReviewLayer;
  result: T;
}

const GONE: Record<LayerListKey, string> = {
  evaluations: 'That evaluation no longer exists: reload the page and try again.',
  threads: 'That comment thread no longer exists: reload the page and try again.',
  attendance: 'That attendance confirmation no longer exists: reload the page and try again.',
  workStudy: 'That work-study entry no longer exists: reload the page and try again.',
  reports: 'That progress report no longer exists: reload the page and try again.',
};

/** The record with `id`; deleted ones only with `includeDeleted`. */
export function findLayerRecord<K extends LayerListKey>(
  layer: StoredReviewLayer,
  key: K,
  id: string,
  { includeDeleted = false } = {},
): RecordOf<K> {
  const list = layer[key] as RecordOf<K>[];
  const found = list.find((record) => record.id === id);
  if (!found || (found.deletedAt !== null && !includeDeleted)) {
    throw new UserError('not-found', GONE[key]);
  }
  return found;
}

/** The layer with `record` in place of the record of the same id, or added at the end. */
export function putLayerRecord<K extends LayerListKey>(
  layer: StoredReviewLayer,
  key: K,
  record: RecordOf<K>,
): LayerChange<RecordOf<K>> {
  const list = layer[key] as RecordOf<K>[];
  const index = list.findIndex((r) => r.id === record.id);
  if (index !== -1 && list[index] === record) return { layer, result: record };
  const next = index === -1 ? [...list, record] : list.map((r, i) => (i === index ? record : r));
  return { layer: { ...layer, [key]: next }, result: record };
}

/** Replace a record by a new revision of itself with `changes`. */
export function changeLayerRecord<K extends LayerListKey>(
  layer: StoredReviewLayer,
  key: K,
  current: RecordOf<K>,
  changes: Partial<RecordOf<K>>,
  now: Date,
): LayerChange<RecordOf<K>> {
  return putLayerRecord(layer, key, touched(current as RecordMeta & RecordOf<K>, changes, now));
}

/** Delete by tombstone (so it can be undone); restoring a live record changes nothing. */
export function setLayerRecordDeleted<K extends LayerListKey>(
  layer: StoredReviewLayer,
  key: K,
  id: string,
  deleted: boolean,
  now: Date,
): LayerChange<RecordOf<K>> {
  const current = findLayerRecord(layer, key, id, { includeDeleted: true });
  if ((current.deletedAt !== null) === deleted) return { layer, result: current };
  const deletedAt = deleted ? now.toISOString() : null;
  return changeLayerRecord(layer, key, current, { deletedAt } as Partial<RecordOf<K>>, now);
}

/** Refuse a record beyond the layer's cap of that list, with `sentence`. */
export function ensureRoom(count: number, cap: number, sentence: string): void {
  if (count >= cap) throw new UserError('invalid-input', sentence);
}
