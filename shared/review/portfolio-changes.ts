import { z } from 'zod';
import { recordMetaSchema, type RecordMeta } from '../domain/record';
import { sessionLabel } from '../domain/session';

/**
 * What changed in a candidate's portfolio between two bundles (or since the reviewer last
 * looked): per record, new, changed or deleted. Records are compared by id and their stamp
 * (revision and updatedAt), never by their bodies, so a portfolio of thousands of long
 * reflections is compared in a few milliseconds.
 */
export const CHANGE_KINDS = [
  'session',
  'assignment',
  'reflection',
  'artifact',
  'log-entry',
] as const;
export const changeKindSchema = z.enum(CHANGE_KINDS);
export type ChangeKind = z.infer<typeof changeKindSchema>;

export const CHANGE_WHATS = ['new', 'changed', 'deleted'] as const;
export type ChangeWhat = (typeof CHANGE_WHATS)[number];

/** Titles kept with the stamps are cut to this length: enough to recognise the record by. */
export const STAMP_TITLE_MAX = 160;

/**
 * One record's stamp: `revision@updatedAt`, whether it is a tombstone, and its title (so a list
 * of changes needs no more than two sets of stamps).
 */
export const recordStampSchema = z.object({
  s: z.string().max(80),
  d: z.boolean(),
  t: z.string().max(STAMP_TITLE_MAX),
});
export type RecordStamp = z.infer<typeof recordStampSchema>;

/** Per kind, record id -> stamp: all the comparison needs, small enough to cache. */
export const recordStampsSchema = z.object(
  Object.fromEntries(
    CHANGE_KINDS.map((kind) => [kind, z.record(z.string(), recordStampSchema)]),
  ) as Record<ChangeKind, z.ZodRecord<z.ZodString, typeof recordStampSchema>>,
);
export type RecordStamps = z.infer<typeof recordStampsSchema>;

export const portfolioChangeSchema = z.object({
  kind: changeKindSchema,
  id: z.string(),
  title: z.string(),
  what: z.enum(CHANGE_WHATS),
});
export type PortfolioChange = z.infer<typeof portfolioChangeSchema>;

type Meta = Pick<RecordMeta, 'id' | 'revision' | 'updatedAt' | 'deletedAt'>;
type Titled = Meta & { title: string };

const meta = recordMetaSchema.pick({ id: true, revision: true, updatedAt: true, deletedAt: true });
const titled = meta.extend({ title: z.string() });

/**
 * What of a bundle's portfolio.json the comparison reads (a BundleData fits). Reading a stored
 * copy with this schema checks only these fields, not every reflection's rich text, so a large
 * portfolio is read in a fraction of the time.
 */
export const changeSourceSchema = z.object({
  portfolio: z.object({
    sessions: z.array(meta.extend({ number: z.number().int(), title: z.string() })),
    assignments: z.array(titled),
    artifacts: z.array(titled),
    logEntries: z.array(meta.extend({ date: z.string(), summary: z.string() })),
  }),
  reflections: z.array(titled),
});
export type ChangeSource = z.infer<typeof changeSourceSchema>;

/** The records of each kind, with the title a list of changes shows. */
function recordsOf(data: ChangeSource): Record<ChangeKind, readonly Titled[]> {
  const { portfolio } = data;
  return {
    session: portfolio.sessions.map((s) => ({ ...s, title: sessionTitle(s.number, s.title) })),
    assignment: portfolio.assignments,
    reflection: data.reflections,
    artifact: portfolio.artifacts,
    'log-entry': portfolio.logEntries.map((e) => ({ ...e, title: `${e.date}: ${e.summary}` })),
  };
}

function sessionTitle(number: number, title: string): string {
  const label = sessionLabel(number);
  return title.trim() === '' ? label : `${label}: ${title}`;
}

function stampOf(record: Titled): RecordStamp {
  return {
    s: `${record.revision}@${record.updatedAt}`,
    d: record.deletedAt !== null,
    t: record.title.slice(0, STAMP_TITLE_MAX),
  };
}

/** The stamps of every record of `data`, to keep and compare later. */
export function recordStamps(data: ChangeSource): RecordStamps {
  const records = recordsOf(data);
  const stamps = {} as RecordStamps;
  for (const kind of CHANGE_KINDS) {
    const byId: Record<string, RecordStamp> = {};
    for (const record of records[kind]) byId[record.id] = stampOf(record);
    stamps[kind] = byId;
  }
  return stamps;
}

/** What became of one record; null when nothing the reviewer needs to see. */
function whatOf(older: RecordStamp | undefined, newer: RecordStamp | undefined): ChangeWhat | null {
  if (newer === undefined) return older && !older.d ? 'deleted' : null;
  if (newer.d) return older && !older.d ? 'deleted' : null;
  if (older === undefined) return 'new';
  return older.d || older.s !== newer.s ? 'changed' : null;
}

/**
 * The changes from `older` to `newer`, with each record's title (a deleted one: its last title).
 * With no `older` (the reviewer never looked), every live record is new. A record missing from
 * the newer bundle (made private, or its tombstone dropped) counts as deleted: the reviewer no
 * longer sees it.
 */
export function stampChanges(older: RecordStamps | null, newer: RecordStamps): PortfolioChange[] {
  const changes: PortfolioChange[] = [];
  for (const kind of CHANGE_KINDS) {
    const before = older?.[kind] ?? {};
    const after = newer[kind];
    for (const id of Object.keys(after)) {
      const stamp = after[id]!;
      const what = whatOf(Object.hasOwn(before, id) ? before[id] : undefined, stamp);
      if (what) changes.push({ kind, id, title: stamp.t, what });
    }
    for (const id of Object.keys(before)) {
      if (Object.hasOwn(after, id)) continue;
      const stamp = before[id]!;
      const what = whatOf(stamp, undefined);
      if (what) changes.push({ kind, id, title: stamp.t, what });
    }
  }
  return changes;
}

/** How many changes, without listing them: what My candidates shows. */
export const countChanges = (older: RecordStamps | null, newer: RecordStamps): number =>
  stampChanges(older, newer).length;

/** The changes from `older` to `newer` portfolio data. */
export function portfolioChanges(
  older: ChangeSource | null,
  newer: ChangeSource,
): PortfolioChange[] {
  return stampChanges(older ? recordStamps(older) : null, recordStamps(newer));
}
