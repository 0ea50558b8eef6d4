import type { ImportChanges } from '../bundle/import-summary';
import type { Portfolio } from '../domain/portfolio';
import type { Reflection } from '../domain/reflection';
import type { Conflict, ConflictRecordKind } from './conflict';
import { mergeRecord } from './merge-record';
import { mergeReplies } from './merge-replies';
import { sameContent } from './record-content';
import { findLocalRecord, type SyncedRecord } from './record-kinds';
import { compareVersions } from './versions';

export interface PortfolioSide {
  portfolio: Portfolio;
  reflections: Reflection[];
}

export interface MergePortfoliosInput {
  /** This computer's portfolio and all its reflections, tombstones too. */
  local: PortfolioSide;
  /** The other computer's, already localized (its '.' is ours: see localizeBundleData). */
  incoming: PortfolioSide;
  /** Conflicts pending before this merge. */
  conflicts: Conflict[];
  now: Date;
  newId: () => string;
}

export interface MergePortfoliosResult {
  portfolio: Portfolio;
  /** Only the reflections that are new or changed: the ones to write. */
  reflections: Reflection[];
  /** The whole list of pending conflicts after the merge. */
  conflicts: Conflict[];
  changes: ImportChanges;
  /** Whether anything at all is to be written (records, vectors or the conflicts list). */
  changed: boolean;
}

/** One merge in progress: the counts so far and the conflicts list as it grows. */
interface MergeRun {
  conflicts: Conflict[];
  readonly changes: ImportChanges;
  readonly now: Date;
  readonly newId: () => string;
}

/** `known` (a pending conflict's other side) already holds everything `theirs` brings. */
function covers(known: SyncedRecord, theirs: SyncedRecord): boolean {
  const order = compareVersions(known.versions, theirs.versions);
  return order === 'after' || (order === 'equal' && sameContent(known, theirs));
}

/**
 * A record changed on both sides: theirs waits in the conflicts list, unless a pending conflict
 * already holds it (the same file imported twice) or more; a pending one it supersedes goes.
 */
function noteConflict(run: MergeRun, kind: ConflictRecordKind, theirs: SyncedRecord): void {
  const sameRecord = (c: Conflict) => c.recordKind === kind && c.recordId === theirs.id;
  if (run.conflicts.some((c) => sameRecord(c) && covers(c.theirs, theirs))) {
    run.changes.unchanged += 1;
    return;
  }
  run.conflicts = run.conflicts.filter(
    (c) => !(sameRecord(c) && compareVersions(c.theirs.versions, theirs.versions) === 'before'),
  );
  run.conflicts.push({
    id: run.newId(),
    recordKind: kind,
    recordId: theirs.id,
    detectedAt: run.now.toISOString(),
    theirs,
  } as Conflict);
  run.changes.conflicts += 1;
}

/**
 * One kind of record: the local list in its order with theirs merged in, new ones appended in
 * their order; records only here stay as they are.
 */
function mergeList<T extends SyncedRecord>(
  run: MergeRun,
  kind: ConflictRecordKind,
  local: readonly T[],
  incoming: readonly T[],
): { records: T[]; written: T[] } {
  const records = [...local];
  const indexById = new Map(records.map((record, index) => [record.id, index]));
  const written = new Map<string, T>();
  for (const theirs of incoming) {
    const index = indexById.get(theirs.id);
    const current = index === undefined ? undefined : records[index];
    const outcome = mergeRecord(current, theirs);
    if (outcome.kind === 'conflict') {
      noteConflict(run, kind, theirs);
      continue;
    }
    run.changes[outcome.kind] += 1;
    if (outcome.record === current) continue;
    if (index === undefined) {
      indexById.set(theirs.id, records.length);
      records.push(outcome.record);
    } else {
      records[index] = outcome.record;
    }
    written.set(theirs.id, outcome.record);
  }
  return { records, written: [...written.values()] };
}

/**
 * A conflict the local record has moved past: the user resolved it, or a later version from the
 * other side (which saw ours) was taken. Kept while its record is not among those given.
 */
function isSettled(conflict: Conflict, local: SyncedRecord | undefined): boolean {
  if (local === undefined) return false;
  const order = compareVersions(conflict.theirs.versions, local.versions);
  return order === 'before' || (order === 'equal' && sameContent(conflict.theirs, local));
}

/** The conflicts still open given these records (all of them, or only the ones just written). */
export function openConflicts(
  conflicts: readonly Conflict[],
  portfolio: Portfolio,
  reflections: readonly Reflection[],
): Conflict[] {
  return conflicts.filter(
    (c) => !isSettled(c, findLocalRecord(portfolio, reflections, c.recordKind, c.recordId)),
  );
}

function sameConflictList(a: readonly Conflict[], b: readonly Conflict[]): boolean {
  return a.length === b.length && a.every((conflict, index) => conflict === b[index]);
}

/**
 * Another computer's copy of this portfolio merged in, record by record (product.md, "Sync and
 * merge rules"): changed on one side -> that side; on both -> ours stays and theirs becomes a
 * conflict for the user. Portfolio-level fields (id, creation, program, format) stay ours.
 */
export function mergePortfolios(input: MergePortfoliosInput): MergePortfoliosResult {
  const { local, incoming } = input;
  const run: MergeRun = {
    conflicts: [...input.conflicts],
    changes: { added: 0, updated: 0, deleted: 0, conflicts: 0, unchanged: 0 },
    now: input.now,
    newId: input.newId,
  };
  // A portfolio has one profile: theirs is compared with ours whatever id it was given.
  const theirProfile = { ...incoming.portfolio.profile, id: local.portfolio.profile.id };
  const profile = mergeList(run, 'profile', [local.portfolio.profile], [theirProfile]);
  const sessions = mergeList(run, 'session', local.portfolio.sessions, incoming.portfolio.sessions);
  const assignments = mergeList(
    run,
    'assignment',
    local.portfolio.assignments,
    incoming.portfolio.assignments,
  );
  const logEntries = mergeList(
    run,
    'logEntry',
    local.portfolio.logEntries,
    incoming.portfolio.logEntries,
  );
  const artifacts = mergeList(
    run,
    'artifact',
    local.portfolio.artifacts,
    incoming.portfolio.artifacts,
  );
  const reflections = mergeList(run, 'reflection', local.reflections, incoming.reflections);
  const replies = mergeReplies(local.portfolio.reviewReplies, incoming.portfolio.reviewReplies);
  run.changes.added += replies.added;

  const portfolio: Portfolio = {
    ...local.portfolio,
    profile: profile.records[0] ?? local.portfolio.profile,
    sessions: sessions.records,
    assignments: assignments.records,
    logEntries: logEntries.records,
    artifacts: artifacts.records,
    reviewReplies: replies.replies,
  };
  const conflicts = openConflicts(run.conflicts, portfolio, reflections.records);
  const recordsWritten = [profile, sessions, assignments, logEntries, artifacts, reflections].some(
    (list) => list.written.length > 0,
  );
  return {
    portfolio,
    reflections: reflections.written,
    conflicts,
    changes: run.changes,
    changed: recordsWritten || replies.added > 0 || !sameConflictList(conflicts, input.conflicts),
  };
}
