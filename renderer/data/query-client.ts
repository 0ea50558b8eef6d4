import { QueryClient } from '@tanstack/react-query';

/**
 * The core is local: a failed call will not succeed by retrying, and the data changes only
 * through this window's own mutations, which invalidate what they change. So data never goes
 * stale by age (a page mounting does not refetch what main.tsx already fetched) and there is
 * nothing to refetch on focus.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false, staleTime: Infinity },
      mutations: { retry: false },
    },
  });
}
