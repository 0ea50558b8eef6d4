import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { SearchResults } from '@shared/search/search-result';
import { useInvoke } from '../api/api-context';
import { queryKeys } from './query-keys';
import { useDebouncedValue } from './use-debounced-value';

/** Fast enough to feel live, slow enough not to search on every key of a quick typist. */
export const SEARCH_DEBOUNCE_MS = 100;

/** Whose records a search looks in: the open portfolio, or every candidate the reviewer has. */
export type SearchScope = 'portfolio' | 'all-candidates';

/** Results of one portfolio: `portfolioId` is null for the open one (its own paths apply). */
export interface SearchSection {
  portfolioId: string | null;
  name: string;
  groups: SearchResults['groups'];
}

/**
 * Full-text search, asked once typing pauses; blank asks nothing. The open portfolio gives one
 * section; all candidates give one section per candidate with hits.
 */
export function useSearch(query: string, scope: SearchScope = 'portfolio') {
  const invoke = useInvoke();
  const settled = useDebouncedValue(query.trim(), SEARCH_DEBOUNCE_MS);
  const result = useQuery({
    queryKey:
      scope === 'portfolio' ? queryKeys.search(settled) : queryKeys.candidateSearch(settled),
    queryFn: async (): Promise<SearchSection[]> => {
      if (scope === 'portfolio') {
        const { groups } = await invoke('search-query', { query: settled });
        return [{ portfolioId: null, name: '', groups }];
      }
      return (await invoke('candidate-search', { portfolioId: null, query: settled })).portfolios;
    },
    enabled: settled !== '',
    placeholderData: keepPreviousData,
  });
  return {
    sections: settled === '' ? null : (result.data ?? null),
    searching: query.trim() !== settled || result.isFetching,
    error: result.error,
  };
}
