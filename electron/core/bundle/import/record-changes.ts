import type { BundleData } from '@shared/bundle/bundle-schemas';
import type { ImportChanges } from '@shared/bundle/import-summary';
import type { RecordMeta } from '@shared/domain/record';

/** Every record of a bundle's data, keyed by kind and id (ids are unique per kind only). */
export function recordsOf(data: BundleData | null): Map<string, RecordMeta> {
  const records = new Map<string, RecordMeta>();
  if (!data) return records;
  const { portfolio } = data;
  const add = (kind: string, list: readonly RecordMeta[]) => {
    for (const record of list) records.set(`${kind}:${record.id}`, record);
  };
  add('profile', [portfolio.profile]);
  add('session', portfolio.sessions);
  add('assignment', portfolio.assignments);
  add('logEntry', portfolio.logEntries);
  add('artifact', portfolio.artifacts);
  add('reflection', data.reflections);
  return records;
}

/**
 * What replacing `before` (null: nothing there yet) by `after` changes, record by record: a
 * copy replaced wholesale (a reviewed portfolio, an adopted one) has no conflicts.
 */
export function replacementChanges(before: BundleData | null, after: BundleData): ImportChanges {
  const old = recordsOf(before);
  const changes: ImportChanges = { added: 0, updated: 0, deleted: 0, conflicts: 0, unchanged: 0 };
  for (const [key, record] of recordsOf(after)) {
    const previous = old.get(key);
    if (!previous) changes.added += 1;
    else if (JSON.stringify(previous) === JSON.stringify(record)) changes.unchanged += 1;
    else if (record.deletedAt !== null && previous.deletedAt === null) changes.deleted += 1;
    else changes.updated += 1;
  }
  return changes;
}
