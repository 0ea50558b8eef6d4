import { z } from 'zod';

/**
 * Every stored record carries what sync-by-file needs later: a stable id, timestamps, a revision
 * that grows on every change, and a tombstone (`deletedAt`) instead of disappearing.
 */
/** A record's id as every schema and contract input checks it. */
export const recordIdSchema = z.string().min(1).max(100);

export const recordMetaSchema = z.object({
  id: recordIdSchema,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  revision: z.number().int().min(1),
  deletedAt: z.iso.datetime().nullable(),
});
export type RecordMeta = z.infer<typeof recordMetaSchema>;

export function newRecordMeta(id: string, now: Date): RecordMeta {
  const at = now.toISOString();
  return { id, createdAt: at, updatedAt: at, revision: 1, deletedAt: null };
}

/** The same record, one revision later. */
export function touched<T extends RecordMeta>(record: T, changes: Partial<T>, now: Date): T {
  return { ...record, ...changes, updatedAt: now.toISOString(), revision: record.revision + 1 };
}

export function isLive<T extends RecordMeta>(record: T): boolean {
  return record.deletedAt === null;
}
