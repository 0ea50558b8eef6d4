import type { BundleData } from '@shared/bundle/bundle-schemas';
import type { CandidateSearchResults } from '@shared/contract/candidate-view-channels';
import { toReflectionSummary, reflectionPlainText } from '../reflections/reflection-summary';
import { SearchIndex } from '../search/search-index';
import type { CandidateCopies } from './candidate-copies';
import type { ReviewedLibrary } from './reviewed-library';

/**
 * Search over reviewed copies with the same index as the user's own portfolio. An index is made
 * per copy's data object: the copies cache hands out the same object while the file is
 * unchanged, so a copy is indexed once, and its index goes when the cache lets the data go.
 */
export class CandidateSearch {
  private readonly indexes = new WeakMap<BundleData, Promise<SearchIndex>>();

  constructor(
    private readonly library: ReviewedLibrary,
    private readonly copies: CandidateCopies,
  ) {}

  /** One copy (refused with a sentence when missing), or every copy with hits when null. */
  async query(
    portfolioId: string | null,
    query: string,
    limit?: number,
  ): Promise<CandidateSearchResults> {
    if (portfolioId !== null) {
      const data = await this.copies.current(portfolioId);
      return { query, portfolios: [await this.searchOne(data, query, limit)] };
    }
    const portfolios: CandidateSearchResults['portfolios'] = [];
    // One copy at a time: memory holds the copies cache and one more copy, however many there are.
    for (const listed of await this.library.list()) {
      const data = await this.copies.current(listed.origin.portfolioId).catch(() => null);
      if (data === null) continue;
      const found = await this.searchOne(data, query, limit);
      if (found.groups.length > 0) portfolios.push(found);
    }
    return { query, portfolios };
  }

  private async searchOne(data: BundleData, query: string, limit?: number) {
    const results = (await this.indexOf(data)).search(query, limit);
    return {
      portfolioId: data.portfolio.portfolioId,
      name: data.portfolio.profile.name,
      groups: results.groups,
    };
  }

  private indexOf(data: BundleData): Promise<SearchIndex> {
    let index = this.indexes.get(data);
    if (!index) {
      index = buildIndex(data);
      this.indexes.set(data, index);
    }
    return index;
  }
}

async function buildIndex(data: BundleData): Promise<SearchIndex> {
  const index = new SearchIndex();
  const byId = new Map(data.reflections.map((r) => [r.id, r]));
  const summaries = data.reflections.map(toReflectionSummary);
  await index.build({
    portfolio: data.portfolio,
    reflections: { all: () => summaries, version: 0 },
    reflectionText: (id) => {
      const reflection = byId.get(id);
      return reflection ? reflectionPlainText(reflection) : '';
    },
  });
  return index;
}
