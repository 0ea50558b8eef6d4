import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seedNote, testSeed } from '../../support/seeded-random';
import {
  BUNDLE_DATA_FORMAT,
  BUNDLE_DATA_FORMAT_VERSION,
  bundleDataSchema,
} from '@shared/bundle/bundle-schemas';
import type { Portfolio } from '@shared/domain/portfolio';
import { newRecordMeta, touched, type RecordMeta } from '@shared/domain/record';
import { CONFLICT_CHOICES, type Conflict, type ConflictChoice } from '@shared/sync/conflict';
import { mergePortfolios, openConflicts, type PortfolioSide } from '@shared/sync/merge-portfolio';
import { canKeepBoth, RECORD_LISTS } from '@shared/sync/record-kinds';
import { resolveConflict } from '@shared/sync/resolve-conflict';
import { globalizeBundleData } from '@shared/sync/versions';
import {
  T0,
  artifact,
  assignment,
  doc,
  exchanged,
  logEntry,
  reflection,
  session,
  sideWith,
} from './sync-fixture';

const SEED = testSeed();

/**
 * Two computers with the same portfolio, edited apart, exchanging files as people do: each side
 * exports its current state, the other imports it. Whatever the edits, after two exchanges, one
 * side resolving every conflict and one more exchange, both hold the same records and nothing
 * created anywhere is missing.
 */
type DeviceName = 'dev-a' | 'dev-b';

interface Device extends PortfolioSide {
  name: DeviceName;
  conflicts: Conflict[];
  newId: () => string;
  now: () => Date;
}

const EDITABLE_KINDS = [
  'profile',
  'session',
  'assignment',
  'logEntry',
  'artifact',
  'reflection',
] as const;
const LIST_KINDS = ['assignment', 'logEntry', 'artifact'] as const;
type ListKind = (typeof LIST_KINDS)[number];
type DeletableKind = ListKind | 'reflection';
const DELETABLE_KINDS: readonly DeletableKind[] = [...LIST_KINDS, 'reflection'];

type Edit =
  | { op: 'edit'; kind: (typeof EDITABLE_KINDS)[number]; pick: number; text: string }
  | { op: 'delete' | 'restore'; kind: DeletableKind; pick: number }
  | { op: 'create'; kind: DeletableKind; text: string };

// Few distinct texts, so that both sides sometimes make the very same change.
const textArb = fc.constantFrom('alpha', 'beta', 'gamma');
const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    op: fc.constant('edit' as const),
    kind: fc.constantFrom(...EDITABLE_KINDS),
    pick: fc.nat(),
    text: textArb,
  }),
  fc.record({
    op: fc.constantFrom('delete' as const, 'restore' as const),
    kind: fc.constantFrom(...DELETABLE_KINDS),
    pick: fc.nat(),
  }),
  fc.record({
    op: fc.constant('create' as const),
    kind: fc.constantFrom(...DELETABLE_KINDS),
    text: textArb,
  }),
);
const exchangeArb = fc.constantFrom('crossed', 'a-first', 'b-first');
type ExchangeMode = 'crossed' | 'a-first' | 'b-first';

function device(name: DeviceName, side: PortfolioSide): Device {
  let ids = 0;
  let minutes = 0;
  return {
    name,
    ...structuredClone(side),
    conflicts: [],
    newId: () => `${name}-${++ids}`,
    now: () => new Date(Date.parse(T0) + ++minutes * 60_000 + (name === 'dev-a' ? 0 : 1000)),
  };
}

function listOf(d: Device, kind: DeletableKind): RecordMeta[] {
  return kind === 'reflection' ? d.reflections : d.portfolio[RECORD_LISTS[kind]];
}

/** Puts a record in place of the one with its id, as the app's handlers save it. */
function save(d: Device, kind: (typeof EDITABLE_KINDS)[number], record: RecordMeta): void {
  if (kind === 'profile') {
    d.portfolio = { ...d.portfolio, profile: record as Portfolio['profile'] };
    return;
  }
  const list: RecordMeta[] =
    kind === 'reflection' ? d.reflections : (d.portfolio[RECORD_LISTS[kind]] as RecordMeta[]);
  const index = list.findIndex((r) => r.id === record.id);
  if (index === -1) list.push(record);
  else list[index] = record;
}

function created(kind: DeletableKind, id: string, now: Date, text: string): RecordMeta {
  const meta = newRecordMeta(id, now);
  switch (kind) {
    case 'assignment':
      return { ...assignment(id, undefined, { title: text }), ...meta };
    case 'logEntry':
      return { ...logEntry(id, {}, { summary: text }), ...meta };
    case 'artifact':
      return { ...artifact(id, {}, { title: text }), ...meta };
    case 'reflection':
      return { ...reflection(id, {}, { title: text, content: doc(text) }), ...meta };
  }
}

function changesFor(kind: (typeof EDITABLE_KINDS)[number], text: string): object {
  switch (kind) {
    case 'profile':
      return { name: text };
    case 'session':
      return { notes: text };
    case 'assignment':
      return { grade: text };
    case 'logEntry':
      return { summary: text };
    case 'artifact':
      return { title: text };
    case 'reflection':
      return { title: text, content: doc(text) };
  }
}

function applyEdit(d: Device, edit: Edit, createdIds: Set<string>): void {
  const now = d.now();
  if (edit.op === 'create') {
    const id = d.newId();
    createdIds.add(id);
    save(d, edit.kind, created(edit.kind, id, now, edit.text));
    return;
  }
  const list =
    edit.kind === 'profile'
      ? [d.portfolio.profile]
      : edit.kind === 'session'
        ? d.portfolio.sessions
        : listOf(d, edit.kind);
  const record = list[edit.pick % list.length];
  if (!record) return;
  if (edit.op === 'edit') {
    save(d, edit.kind, touched(record, changesFor(edit.kind, edit.text), now));
  } else if (edit.op === 'delete' && record.deletedAt === null) {
    save(d, edit.kind, touched(record, { deletedAt: now.toISOString() }, now));
  } else if (edit.op === 'restore' && record.deletedAt !== null) {
    save(d, edit.kind, touched(record, { deletedAt: null }, now));
  }
}

/** `to` imports the file `from` exported: merged, written, and imported again to no effect. */
function importInto(to: Device, exportedState: PortfolioSide, fromName: DeviceName): void {
  const incoming = exchanged(exportedState, fromName, to.name);
  const result = mergePortfolios({
    local: to,
    incoming,
    conflicts: to.conflicts,
    now: to.now(),
    newId: to.newId,
  });
  to.portfolio = result.portfolio;
  for (const written of result.reflections) save(to, 'reflection', written);
  to.conflicts = result.conflicts;

  const again = mergePortfolios({
    local: to,
    incoming,
    conflicts: to.conflicts,
    now: to.now(),
    newId: to.newId,
  });
  expect(again.changed).toBe(false);
  expect({ ...again.changes, unchanged: 0 }).toEqual({
    added: 0,
    updated: 0,
    deleted: 0,
    conflicts: 0,
    unchanged: 0,
  });
}

function exchange(a: Device, b: Device, mode: ExchangeMode): void {
  const snapshot = (d: Device): PortfolioSide =>
    structuredClone({ portfolio: d.portfolio, reflections: d.reflections });
  if (mode === 'crossed') {
    const [fromA, fromB] = [snapshot(a), snapshot(b)];
    importInto(a, fromB, b.name);
    importInto(b, fromA, a.name);
  } else {
    const [first, second] = mode === 'a-first' ? [a, b] : [b, a];
    importInto(first, snapshot(second), second.name);
    importInto(second, snapshot(first), first.name);
  }
}

function resolveAll(d: Device, choices: readonly ConflictChoice[]): void {
  for (const [index, conflict] of [...d.conflicts].entries()) {
    const wanted = choices[index % choices.length] ?? 'mine';
    const keep = wanted === 'both' && !canKeepBoth(conflict.recordKind) ? 'theirs' : wanted;
    const localReflection =
      conflict.recordKind === 'reflection'
        ? (d.reflections.find((r) => r.id === conflict.recordId) ?? null)
        : null;
    const result = resolveConflict({
      portfolio: d.portfolio,
      localReflection,
      conflict,
      keep,
      now: d.now(),
      newId: d.newId,
    });
    d.portfolio = result.portfolio;
    for (const written of result.reflections) save(d, 'reflection', written);
    d.conflicts = openConflicts(d.conflicts, result.portfolio, result.reflections);
    expect(d.conflicts).not.toContain(conflict);
  }
}

/** Every record by kind and id, as the other computers see them (device ids), revision aside. */
function recordsOf(d: Device): Map<string, unknown> {
  const data = bundleDataSchema.parse({
    format: BUNDLE_DATA_FORMAT,
    formatVersion: BUNDLE_DATA_FORMAT_VERSION,
    portfolio: d.portfolio,
    reflections: d.reflections,
  });
  const global = globalizeBundleData(data, d.name);
  const records = new Map<string, unknown>();
  const add = (kind: string, list: readonly RecordMeta[]) => {
    for (const { revision: _local, ...record } of list) records.set(`${kind}:${record.id}`, record);
  };
  add('profile', [global.portfolio.profile]);
  add('session', global.portfolio.sessions);
  for (const kind of LIST_KINDS) add(kind, global.portfolio[RECORD_LISTS[kind]]);
  add('reflection', global.reflections);
  return records;
}

function startingPortfolio(): PortfolioSide {
  return sideWith(
    {
      sessions: [session('base-s-1', { '.': 1 }), session('base-s-2', { '.': 1 }, { number: 4 })],
      assignments: [assignment('base-a-1', { '.': 1 }), assignment('base-a-2', { '.': 1 })],
      logEntries: [logEntry('base-l-1', { '.': 1 })],
      artifacts: [artifact('base-f-1', { '.': 1 })],
    },
    [reflection('base-r-1', { '.': 1 }), reflection('base-r-2', { '.': 1 })],
  );
}

describe('sync between two computers', () => {
  it(`converges with no conflict left and no record lost, whatever both sides did (${seedNote(SEED)})`, () => {
    fc.assert(
      fc.property(
        fc.array(editArb, { maxLength: 12 }),
        fc.array(editArb, { maxLength: 12 }),
        fc.tuple(exchangeArb, exchangeArb, exchangeArb),
        fc.constantFrom<DeviceName>('dev-a', 'dev-b'),
        fc.array(fc.constantFrom(...CONFLICT_CHOICES), { minLength: 1, maxLength: 8 }),
        (editsA, editsB, modes, resolver, choices) => {
          const start = startingPortfolio();
          const a = device('dev-a', start);
          // The second computer adopted the first one's export.
          const b = device('dev-b', exchanged(start, 'dev-a', 'dev-b'));
          const createdIds = new Set(recordsOf(a).keys());
          const ids = new Set<string>();
          for (const edit of editsA) applyEdit(a, edit, ids);
          for (const edit of editsB) applyEdit(b, edit, ids);

          exchange(a, b, modes[0]);
          exchange(a, b, modes[1]);
          expect(a.conflicts.length).toBe(b.conflicts.length);
          resolveAll(resolver === 'dev-a' ? a : b, choices);
          exchange(a, b, modes[2]);

          expect(a.conflicts).toEqual([]);
          expect(b.conflicts).toEqual([]);
          const onA = recordsOf(a);
          const onB = recordsOf(b);
          expect(onA).toEqual(onB);
          const everyId = new Set([...onA.keys()].map((key) => key.slice(key.indexOf(':') + 1)));
          for (const key of createdIds) expect(onA.has(key)).toBe(true);
          for (const id of ids) expect(everyId.has(id)).toBe(true);
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });
});
