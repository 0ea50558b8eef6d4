import type { Handlers } from '@shared/contract/contract';
import type { ReflectionStore } from '../reflections/reflection-store';
import { SearchIndex } from '../search/search-index';
import type { PortfolioStore } from '../store/portfolio-store';
import type { HandlerContext } from './handler-context';

/**
 * One index per open portfolio (own or sample), made on the first search and kept in step with
 * the stores by the index itself before every query.
 */
export function searchHandlers(
  { store }: HandlerContext,
  reflections: () => ReflectionStore,
): Pick<Handlers, 'search-query'> {
  const indexes = new WeakMap<PortfolioStore, SearchIndex>();
  return {
    'search-query': async ({ query, limit }) => {
      const portfolioStore = store();
      let index = indexes.get(portfolioStore);
      if (!index) {
        index = new SearchIndex();
        indexes.set(portfolioStore, index);
      }
      index.sync({ portfolio: portfolioStore.get(), reflections: reflections() });
      return index.search(query, limit);
    },
  };
}
