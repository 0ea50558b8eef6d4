import type { Portfolio } from '../domain/portfolio';
import type { Reflection } from '../domain/reflection';
import type { Conflict, ConflictRecordKind } from './conflict';

/** Any record a conflict can be about. */
export type SyncedRecord = Conflict['theirs'];

/** The portfolio's lists of records, by the kind of record they hold. */
export const RECORD_LISTS = {
  session: 'sessions',
  assignment: 'assignments',
  logEntry: 'logEntries',
  artifact: 'artifacts',
} as const satisfies Partial<Record<ConflictRecordKind, keyof Portfolio>>;
export type ListRecordKind = keyof typeof RECORD_LISTS;

export function isListKind(kind: ConflictRecordKind): kind is ListRecordKind {
  return Object.hasOwn(RECORD_LISTS, kind);
}

/** Sessions and the profile exist once per portfolio: a second copy of one makes no sense. */
export function canKeepBoth(kind: ConflictRecordKind): boolean {
  return kind !== 'profile' && kind !== 'session';
}

/** This computer's record of that kind and id (reflections are kept apart from the portfolio). */
export function findLocalRecord(
  portfolio: Portfolio,
  reflections: readonly Reflection[],
  kind: ConflictRecordKind,
  id: string,
): SyncedRecord | undefined {
  if (kind === 'profile') return portfolio.profile.id === id ? portfolio.profile : undefined;
  const list: readonly SyncedRecord[] = isListKind(kind)
    ? portfolio[RECORD_LISTS[kind]]
    : reflections;
  return list.find((record) => record.id === id);
}

/**
 * The portfolio with `record` in place of the record of that kind with its id, or appended when
 * there is none. The caller passes a record of the kind it names.
 */
export function withRecord(
  portfolio: Portfolio,
  kind: Exclude<ConflictRecordKind, 'reflection'>,
  record: SyncedRecord,
): Portfolio {
  if (kind === 'profile') return { ...portfolio, profile: record as Portfolio['profile'] };
  const key = RECORD_LISTS[kind];
  const list = portfolio[key] as readonly SyncedRecord[];
  const index = list.findIndex((r) => r.id === record.id);
  const next = index === -1 ? [...list, record] : list.with(index, record);
  return { ...portfolio, [key]: next };
}
