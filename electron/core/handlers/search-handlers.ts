import type { Handlers } from '@shared/contract/contract';
import type { PortfolioSearch } from '../search/portfolio-search';

/** The search of the portfolio being shown; the workspace makes one per open portfolio. */
export function searchHandlers(search: () => PortfolioSearch): Pick<Handlers, 'search-query'> {
  return {
    'search-query': ({ query, limit }) => search().query(query, limit),
  };
}
