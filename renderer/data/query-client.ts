import { QueryClient } from '@tanstack/react-query';

/**
 * The core is local: a failed call will not succeed by retrying, and the data changes only
 * through this window's own mutations, so there is nothing to refetch on focus.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}
