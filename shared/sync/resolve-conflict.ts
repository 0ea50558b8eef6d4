import { withLocalChange } from '../domain/record';
import { LIMITS } from '../domain/text';
import type { Portfolio } from '../domain/portfolio';
import type { Reflection } from '../domain/reflection';
import type { Conflict, ConflictChoice } from './conflict';
import { canKeepBoth, findLocalRecord, withRecord, type SyncedRecord } from './record-kinds';
import { mergedVersions } from './versions';

export interface ResolveConflictInput {
  portfolio: Portfolio;
  /** This computer's reflection when the conflict is about one; else null. */
  localReflection: Reflection | null;
  conflict: Conflict;
  keep: ConflictChoice;
  now: Date;
  newId: () => string;
}

export interface ResolveConflictResult {
  portfolio: Portfolio;
  /** Reflections to write (the kept one, and its copy for "both"). */
  reflections: Reflection[];
}

/** Added to the title (or summary) of the other computer's copy kept beside ours. */
export const KEPT_COPY_SUFFIX = ' (from other computer)';

/** Where a kind of record carries its name, and how long that may be (the schemas' limits). */
const NAME_FIELDS: Partial<Record<Conflict['recordKind'], { key: string; max: number }>> = {
  assignment: { key: 'title', max: LIMITS.shortText },
  artifact: { key: 'title', max: LIMITS.shortText },
  reflection: { key: 'title', max: LIMITS.shortText },
  logEntry: { key: 'summary', max: 2000 },
};

function withCopySuffix<T extends SyncedRecord>(record: T, kind: Conflict['recordKind']): T {
  const field = NAME_FIELDS[kind];
  if (field === undefined) return record;
  const name = String((record as Record<string, unknown>)[field.key] ?? '');
  const room = field.max - KEPT_COPY_SUFFIX.length;
  return { ...record, [field.key]: `${name.slice(0, room).trimEnd()}${KEPT_COPY_SUFFIX}` };
}

/**
 * The other computer's version as a record of its own: a new id, made here now. A tombstone stays
 * one (it can be restored from the deleted items), so keeping both never brings back a deletion.
 */
function keptCopy<T extends SyncedRecord>(
  theirs: T,
  kind: Conflict['recordKind'],
  input: ResolveConflictInput,
): T {
  const at = input.now.toISOString();
  const copy = {
    ...theirs,
    id: input.newId(),
    createdAt: at,
    updatedAt: at,
    revision: 1,
    versions: withLocalChange(undefined),
  };
  return withCopySuffix(copy, kind);
}

/**
 * The user's answer to a conflict. The kept record's vector joins both sides' and counts one more
 * change here, so it supersedes both versions: the other computer takes it at the next exchange
 * (unless it changed the record again meanwhile), and merging its old version again finds
 * nothing new. The caller drops the conflict (openConflicts does it).
 */
export function resolveConflict(input: ResolveConflictInput): ResolveConflictResult {
  const { conflict, keep, portfolio } = input;
  const kind = conflict.recordKind;
  if (keep === 'both' && !canKeepBoth(kind)) {
    throw new Error(`A ${kind} exists once per portfolio: keeping both is not possible.`);
  }
  const reflections = input.localReflection ? [input.localReflection] : [];
  const mine = findLocalRecord(portfolio, reflections, kind, conflict.recordId);
  if (mine === undefined) {
    throw new Error(`The ${kind} ${conflict.recordId} of the conflict is not here.`);
  }
  const theirs = conflict.theirs;
  const chosen: SyncedRecord = keep === 'theirs' ? theirs : mine;
  const decided = {
    ...chosen,
    revision: mine.revision + 1,
    versions: withLocalChange(mergedVersions(mine.versions, theirs.versions)),
  };
  const written: SyncedRecord[] = [decided];
  if (keep === 'both') written.push(keptCopy(theirs, kind, input));

  if (kind === 'reflection') return { portfolio, reflections: written as Reflection[] };
  return {
    portfolio: written.reduce((next, record) => withRecord(next, kind, record), portfolio),
    reflections: [],
  };
}
