import { z } from 'zod';
import { sameJson } from '../sync/record-content';

/**
 * Every stored record carries what sync-by-file needs: a stable id, timestamps, a revision that
 * grows on every change, a tombstone (`deletedAt`) instead of disappearing, and a version vector
 * (`versions`) saying which changes of which computer it contains (see shared/sync).
 */
/**
 * The one rule for every record id (contract inputs, stored files, bundles, review files): ids
 * become file names, so only a plain shape that cannot name any other path, nor a name the store
 * uses itself (`index.cache`, `.previous`, `*.corrupt-*`: no dots). It fits every id the app makes:
 * random UUIDs, template ids ("session-1", "cosn-data-management") and sample ids.
 */
export const RECORD_ID_PATTERN = /^[a-z0-9][a-z0-9_-]{0,63}$/;
export const RECORD_ID_MAX_LENGTH = 64;
export const RECORD_ID_RULE =
  'an id made of lowercase letters, digits, - and _ (starting with a letter or digit, at most 64 characters, not a name Windows keeps for devices such as con or nul)';

/** The message of every id the rule refuses, so readers can name that refusal on its own. */
export const RECORD_ID_MESSAGE = `Expected ${RECORD_ID_RULE}.`;

/** Names Windows keeps for devices even with an extension (`con.json`): never a file name. */
const WINDOWS_DEVICE_NAME = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

export const isRecordId = (value: unknown): value is string =>
  typeof value === 'string' && RECORD_ID_PATTERN.test(value) && !WINDOWS_DEVICE_NAME.test(value);

/** A record's id as every schema and contract input checks it. */
export const recordIdSchema = z.string().refine(isRecordId, { error: RECORD_ID_MESSAGE });

/**
 * In a data folder this computer's changes are always counted under '.', so no handler needs to
 * know the device id; an export renames '.' to the folder's device id, an import renames it back.
 */
export const LOCAL_DEVICE = '.';

/** A key of a version vector: LOCAL_DEVICE or a device id. */
export const deviceKeySchema = z
  .string()
  .regex(/^(?:\.|[A-Za-z0-9_-]{1,100})$/, { error: 'Expected a device id.' });

/** Per device, how many of its changes a record contains. */
export const versionVectorSchema = z.record(deviceKeySchema, z.number().int().min(1));
export type VersionVector = z.infer<typeof versionVectorSchema>;

export const recordMetaSchema = z.object({
  id: recordIdSchema,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** A local counter of changes; sync decides with `versions`, never with this. */
  revision: z.number().int().min(1),
  deletedAt: z.iso.datetime().nullable(),
  /** Missing in files written before sync existed: read as "no known changes" ({}). */
  versions: versionVectorSchema.optional(),
});
export type RecordMeta = z.infer<typeof recordMetaSchema>;

export function newRecordMeta(id: string, now: Date): RecordMeta {
  const at = now.toISOString();
  return {
    id,
    createdAt: at,
    updatedAt: at,
    revision: 1,
    deletedAt: null,
    versions: { [LOCAL_DEVICE]: 1 },
  };
}

/** The vector with one more change of this computer. */
export function withLocalChange(versions: VersionVector | undefined): VersionVector {
  return { ...versions, [LOCAL_DEVICE]: (versions?.[LOCAL_DEVICE] ?? 0) + 1 };
}

/**
 * The same record, one revision (and one local change) later; or the very same record when every
 * change equals what it holds, so an edit that changes nothing bumps nothing (another computer
 * would otherwise see a change, and a sync a conflict, that is not real).
 */
export function touched<T extends RecordMeta>(record: T, changes: Partial<T>, now: Date): T {
  if (changesNothing(record, changes)) return record;
  return {
    ...record,
    ...changes,
    updatedAt: now.toISOString(),
    revision: record.revision + 1,
    versions: withLocalChange(record.versions),
  };
}

export function isLive<T extends RecordMeta>(record: T): boolean {
  return record.deletedAt === null;
}

/** True when applying `changes` to `record` would leave every field as it is. */
export function changesNothing<T extends object>(record: T, changes: Partial<T>): boolean {
  return Object.entries(changes).every(([key, value]) =>
    sameJson((record as Record<string, unknown>)[key], value),
  );
}

/** Drop keys whose value is `undefined`, so a partial update never blanks a field by accident. */
export function definedOnly<T extends object>(changes: T): DefinedOnly<T> {
  return Object.fromEntries(
    Object.entries(changes).filter(([, v]) => v !== undefined),
  ) as DefinedOnly<T>;
}

/** `T` with each field optional and never `undefined` (what exactOptionalPropertyTypes wants). */
export type DefinedOnly<T> = { [K in keyof T]?: Exclude<T[K], undefined> };
