import MiniSearch from 'minisearch';
import type { Portfolio } from '@shared/domain/portfolio';
import type { SearchHit, SearchResults } from '@shared/search/search-result';
import type { ReflectionStore } from '../reflections/reflection-store';
import { highlight, snippetAround } from './highlight';
import {
  portfolioDocuments,
  reflectionDocument,
  searchKey,
  type SearchDocument,
} from './search-documents';
import { normalizeTerm, tokenize } from './search-text';

export const DEFAULT_SEARCH_LIMIT = 50;
/** Documents indexed between two yields of a first build: a few tens of milliseconds of work. */
const BUILD_SLICE = 50;

/** Prefix and typo-tolerant matching: "budg" and "budgte" both find "budget". */
const SEARCH_OPTIONS = {
  prefix: true,
  fuzzy: 0.2,
  combineWith: 'AND',
  boost: { title: 3, keywords: 2 },
} as const;

export interface SearchSources {
  portfolio: Portfolio;
  /** The open portfolio's store, or a reviewed copy's reflections (candidate-search.ts). */
  reflections: Pick<ReflectionStore, 'all' | 'version'>;
  /** The plain text of a live reflection by id; the index reads it only once it is ready. */
  reflectionText: (id: string) => string;
}

/**
 * The full-text index of one open portfolio: reflections, artifacts, assignments, sessions and the
 * mentor log. It follows every change in one place: before each query, `sync` compares what is
 * indexed with the stores (cheaply: the portfolio by object identity, since every save replaces
 * it, and reflections by the folder store's version) and re-indexes exactly the records whose
 * revision moved, adds new ones and drops deleted ones. See portfolio-search.ts for when.
 */
export class SearchIndex {
  private readonly mini = new MiniSearch<SearchDocument>({
    idField: 'key',
    fields: ['title', 'body', 'keywords'],
    storeFields: [],
    tokenize,
    processTerm: normalizeTerm,
    searchOptions: SEARCH_OPTIONS,
  });
  private readonly documents = new Map<string, SearchDocument>();
  private indexedPortfolio: Portfolio | null = null;
  private indexedReflectionsVersion = -1;

  sync(sources: SearchSources): void {
    this.mini.addAll(this.catchUp(sources));
  }

  /**
   * The first build, in slices with the event loop free between them, so that indexing thousands
   * of reflections never stalls the core's other answers for a second. Nothing else may use the
   * index until it resolves (PortfolioSearch makes every query wait for it). Once `stopped()`,
   * the rest is left out: only for an index about to be thrown away.
   */
  async build(sources: SearchSources, stopped: () => boolean = () => false): Promise<void> {
    const added = this.catchUp(sources);
    for (let start = 0; start < added.length && !stopped(); start += BUILD_SLICE) {
      this.mini.addAll(added.slice(start, start + BUILD_SLICE));
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }

  /** Bring `documents` in step with the stores; the documents that still need indexing. */
  private catchUp({ portfolio, reflections, reflectionText }: SearchSources): SearchDocument[] {
    const added: SearchDocument[] = [];
    if (portfolio !== this.indexedPortfolio) {
      added.push(...this.reconcile('portfolio', portfolioDocuments(portfolio)));
      this.indexedPortfolio = portfolio;
    }
    if (reflections.version !== this.indexedReflectionsVersion) {
      added.push(
        ...this.reconcile(
          'reflection',
          reflections
            .all()
            .filter((r) => r.deletedAt === null)
            .map((r) => ({
              key: searchKey('reflection', r.id),
              revision: r.revision,
              make: () => reflectionDocument(r, reflectionText(r.id)),
            })),
        ),
      );
      this.indexedReflectionsVersion = reflections.version;
    }
    return added;
  }

  get size(): number {
    return this.documents.size;
  }

  search(query: string, limit = DEFAULT_SEARCH_LIMIT): SearchResults {
    const results = query.trim() === '' ? [] : this.mini.search(query).slice(0, limit);
    const groups = new Map<SearchHit['kind'], SearchHit[]>();
    for (const result of results) {
      const doc = this.documents.get(String(result.id));
      if (!doc) continue;
      const terms = new Set(result.terms);
      const title = highlight(doc.title, terms);
      const inBody = snippetAround(`${doc.body}\n${doc.keywords}`, terms);
      const hit: SearchHit = {
        kind: doc.kind,
        id: doc.id,
        title,
        // A snippet only adds something when the title does not already show every match.
        snippet: inBody && !titleShowsAll(title.text, terms) ? inBody : null,
        score: result.score,
      };
      groups.set(doc.kind, [...(groups.get(doc.kind) ?? []), hit]);
    }
    // Groups in the order of their best hit; within a group, best first (MiniSearch's order).
    return { query, groups: [...groups].map(([kind, hits]) => ({ kind, hits })) };
  }

  /**
   * Make `documents` hold exactly `wanted` for one source ('portfolio' or 'reflection' keys):
   * stale ones leave the index at once, new and changed ones are returned for the caller to add.
   */
  private reconcile(
    source: 'portfolio' | 'reflection',
    wanted: readonly { key: string; revision: number; make: () => SearchDocument }[],
  ): SearchDocument[] {
    const wantedKeys = new Set(wanted.map((w) => w.key));
    for (const [key, doc] of this.documents) {
      const fromSource =
        source === 'reflection' ? doc.kind === 'reflection' : doc.kind !== 'reflection';
      if (fromSource && !wantedKeys.has(key)) this.remove(key);
    }
    const added: SearchDocument[] = [];
    for (const w of wanted) {
      const indexed = this.documents.get(w.key);
      if (indexed?.revision === w.revision) continue;
      if (indexed) this.remove(w.key);
      const doc = w.make();
      this.documents.set(doc.key, doc);
      added.push(doc);
    }
    return added;
  }

  private remove(key: string): void {
    this.mini.discard(key);
    this.documents.delete(key);
  }
}

function titleShowsAll(title: string, terms: ReadonlySet<string>): boolean {
  const inTitle = new Set(tokenize(title).map(normalizeTerm));
  return [...terms].every((t) => inTitle.has(t));
}
