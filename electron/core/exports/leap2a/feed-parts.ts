import type { LeapCategory, LeapRelation, LeapType } from './leap2a-terms';

/** A point in time an item has, as Leap2A dates it (`leap2:date leap2:point=...`). */
export interface LeapDate {
  point: 'start' | 'end' | 'target';
  /** YYYY-MM-DD. */
  value: string;
  /** The date as people read it. */
  label: string;
}

/** One item of the feed, before it is written as XML (see leap2a-xml.ts). */
export interface LeapEntry {
  id: string;
  /** Which kind of record it comes from (not written; orders the portfolio's parts). */
  kind: EntryKind;
  type: LeapType;
  title: string;
  /** RFC 3339 date-times. */
  published: string;
  updated: string;
  /** Who wrote it, when not the candidate (a reviewer's grade or report). */
  author?: string;
  /** Plain text, or well-formed XHTML markup that goes inside the one XHTML div. */
  content: { type: 'text'; text: string } | { type: 'xhtml'; markup: string };
  categories?: readonly LeapCategory[];
  dates?: readonly LeapDate[];
  /** `leap2:status leap2:stage`. */
  stage?: string;
  /** The file of a resource, by its path in the zip. */
  enclosure?: { path: string; mediaType: string; length: number };
  /** `leap2:persondata` of the person entry. */
  persondata?: readonly { field: string; label?: string; value: string }[];
}

export interface Relationship {
  from: string;
  rel: LeapRelation;
  to: string;
  /** `leap2:display_order` of a has_part link. */
  order?: number;
}

/** The kinds of item, as they appear in entry ids (`portfolio:reflection/<id>`). */
export type EntryKind =
  | 'person'
  | 'portfolio'
  | 'session'
  | 'assignment'
  | 'reflection'
  | 'artifact'
  | 'competency'
  | 'grade'
  | 'report';

/**
 * The entries and relationships of a feed as they are collected. Ids are stable
 * (`portfolio:<kind>/<record id>`) so the same data gives the same feed; a record sharing an id
 * with an earlier one (hostile data) gets a suffix, and links by that id go to the first one, as
 * the web version's lookups do.
 */
export class FeedParts {
  readonly entries: LeapEntry[] = [];
  readonly relationships: Relationship[] = [];
  private readonly first = new Map<string, string>();
  private readonly taken = new Set<string>();

  /** Adds the entry of record `recordId` of `kind` and returns its entry id. */
  add(kind: EntryKind, recordId: string, entry: Omit<LeapEntry, 'id' | 'kind'>): string {
    const base = recordId === '' ? `portfolio:${kind}` : `portfolio:${kind}/${recordId}`;
    let id = base;
    // A dot never occurs in a record id, so a suffixed id never meets a real one.
    for (let n = 2; this.taken.has(id); n += 1) id = `${base}.${n}`;
    this.taken.add(id);
    const key = `${kind}/${recordId}`;
    if (!this.first.has(key)) this.first.set(key, id);
    this.entries.push({ id, kind, ...entry });
    return id;
  }

  /** The entry id of the first record `recordId` of `kind`, if the feed has it. */
  idOf(kind: EntryKind, recordId: string): string | undefined {
    return this.first.get(`${kind}/${recordId}`);
  }

  /** Relates two entries; a missing end (a private or deleted record) relates nothing. */
  relate(from: string | undefined, rel: LeapRelation, to: string | undefined, order?: number) {
    if (from === undefined || to === undefined || from === to) return;
    this.relationships.push(order === undefined ? { from, rel, to } : { from, rel, to, order });
  }
}
