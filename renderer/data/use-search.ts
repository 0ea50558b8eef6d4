import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useInvoke } from '../api/api-context';
import { queryKeys } from './query-keys';
import { useDebouncedValue } from './use-debounced-value';

/** Fast enough to feel live, slow enough not to search on every key of a quick typist. */
export const SEARCH_DEBOUNCE_MS = 100;

/** Full-text search across the portfolio, asked once typing pauses; blank asks nothing. */
export function useSearch(query: string) {
  const invoke = useInvoke();
  const settled = useDebouncedValue(query.trim(), SEARCH_DEBOUNCE_MS);
  const result = useQuery({
    queryKey: queryKeys.search(settled),
    queryFn: () => invoke('search-query', { query: settled }),
    enabled: settled !== '',
    placeholderData: keepPreviousData,
  });
  return {
    results: settled === '' ? null : (result.data ?? null),
    searching: query.trim() !== settled || result.isFetching,
    error: result.error,
  };
}
