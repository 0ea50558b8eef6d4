import type { Portfolio } from '@shared/domain/portfolio';
import type { SearchResults } from '@shared/search/search-result';
import type { ReflectionStore } from '../reflections/reflection-store';
import { ReflectionTexts } from './reflection-texts';
import { SearchIndex, type SearchSources } from './search-index';

/**
 * The search of one open portfolio (own or sample), owned by the workspace from open to close.
 * Opening a portfolio starts reading every reflection's text in the background and then builds
 * the index, so the first search rarely waits; a query that comes earlier waits for it. After
 * that the index follows the stores before every query (see SearchIndex.sync).
 */
export class PortfolioSearch {
  private readonly index = new SearchIndex();
  private readonly texts: ReflectionTexts;
  private closed = false;
  /** Resolves once the index holds every record. */
  readonly ready: Promise<void>;

  constructor(
    private readonly portfolio: () => Portfolio,
    private readonly reflections: ReflectionStore,
  ) {
    this.texts = new ReflectionTexts(reflections);
    this.ready = this.texts.ready.then(() => {
      if (!this.closed) return this.index.build(this.sources(), () => this.closed);
    });
    // A failure here is a bug; the query that awaits `ready` reports it, not an unhandled rejection.
    this.ready.catch(() => undefined);
  }

  async query(query: string, limit?: number): Promise<SearchResults> {
    await this.ready;
    this.sync();
    return this.index.search(query, limit);
  }

  /** Stop the background work (what is in flight finishes) and follow the stores no more. */
  async close(): Promise<void> {
    this.closed = true;
    await this.texts.close();
    await this.ready.catch(() => undefined);
  }

  private sync(): void {
    this.index.sync(this.sources());
  }

  private sources(): SearchSources {
    return {
      portfolio: this.portfolio(),
      reflections: this.reflections,
      reflectionText: (id) => this.texts.text(id),
    };
  }
}
