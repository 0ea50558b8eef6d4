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

/** One record's stamp: `revision@updatedAt`, and whether it is a tombstone. */
export const recordStampSchema = z.object({ s: z.string().max(80), d: z.boolean() });
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

function stampOf(record: Meta): RecordStamp {
  return { s: `${record.revision}@${record.updatedAt}`, d: record.deletedAt !== null };
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
 * The changes from `older` to `newer`, per kind and id (no titles). With no `older` (the
 * reviewer never looked), every live record is new. A record missing from the newer bundle
 * (made private, or its tombstone dropped) counts as deleted: the reviewer no longer sees it.
 */
export function stampChanges(
  older: RecordStamps | null,
  newer: RecordStamps,
): { kind: ChangeKind; id: string; what: ChangeWhat }[] {
  const changes: { kind: ChangeKind; id: string; what: ChangeWhat }[] = [];
  for (const kind of CHANGE_KINDS) {
    const before = older?.[kind] ?? {};
    const after = newer[kind];
    for (const id of Object.keys(after)) {
      const what = whatOf(Object.hasOwn(before, id) ? before[id] : undefined, after[id]);
      if (what) changes.push({ kind, id, what });
    }
    for (const id of Object.keys(before)) {
      if (Object.hasOwn(after, id)) continue;
      const what = whatOf(before[id], undefined);
      if (what) changes.push({ kind, id, what });
    }
  }
  return changes;
}

/** How many changes, without listing them: what My candidates shows. */
export const countChanges = (older: RecordStamps | null, newer: RecordStamps): number =>
  stampChanges(older, newer).length;

/** The changes from `older` to `newer` with each record's title (a deleted one: its last title). */
export function portfolioChanges(
  older: ChangeSource | null,
  newer: ChangeSource,
): PortfolioChange[] {
  const titles = new Map<string, string>();
  const remember = (data: ChangeSource) => {
    const records = recordsOf(data);
    for (const kind of CHANGE_KINDS) {
      for (const record of records[kind]) titles.set(`${kind}:${record.id}`, record.title);
    }
  };
  if (older) remember(older);
  remember(newer);
  return stampChanges(older ? recordStamps(older) : null, recordStamps(newer)).map((change) => ({
    ...change,
    title: titles.get(`${change.kind}:${change.id}`) ?? change.id,
  }));
}
