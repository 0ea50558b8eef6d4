import { createHash } from 'node:crypto';
import { isRecordId } from '@shared/domain/record';

/**
 * Ids stored before the record id rule (shared/domain/record.ts) may not fit it. Each such id is
 * given a new one computed from the old, the same everywhere, so a record and every link to it
 * (held in another file, read at another time, even after a crash between two saves) agree
 * without a table of renames. An id that fits is never changed, so this runs at every read.
 */
export function fittedId(id: string): string {
  return isRecordId(id) ? id : `m-${createHash('sha256').update(id).digest('hex').slice(0, 32)}`;
}

const isIdKey = (key: string) => key === 'id' || /[a-z](Id|Ids)$/.test(key);

/**
 * `value` with every id (a field `id`, `…Id`, or a list `…Ids`, at any depth) fitted to the
 * rule; what is not an id, or not a string, is left for validation. Used on portfolio.json and
 * on a reflection's fields, never on rich text (its nodes' attributes are not record ids).
 */
export function withFittedIds(value: unknown, skip: ReadonlySet<string> = new Set()): unknown {
  if (Array.isArray(value)) return value.map((item) => withFittedIds(item, skip));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, field]) => {
      if (skip.has(key)) return [key, field];
      if (isIdKey(key) && typeof field === 'string') return [key, fittedId(field)];
      if (isIdKey(key) && Array.isArray(field)) {
        return [key, field.map((item) => (typeof item === 'string' ? fittedId(item) : item))];
      }
      return [key, withFittedIds(field, skip)];
    }),
  );
}
