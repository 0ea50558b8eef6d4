import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Invoke } from '@shared/contract/contract';
import { useInvoke } from '../api/api-context';
import { queryKeys } from './query-keys';

/** The query for the open portfolio; main.tsx starts it before React renders. */
export const portfolioQuery = (invoke: Invoke) =>
  queryOptions({ queryKey: queryKeys.portfolio, queryFn: () => invoke('portfolio-get', {}) });

/** The open portfolio (the user's own or the sample). */
export function usePortfolio() {
  return useQuery(portfolioQuery(useInvoke()));
}
