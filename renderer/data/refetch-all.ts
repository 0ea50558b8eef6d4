import type { QueryClient } from '@tanstack/react-query';

/**
 * After an import or a resolved conflict, any record may have changed underneath the page: every
 * query is refetched, except job statuses (a finished job's status does not change, and the core
 * forgets old ones).
 */
export function refetchAll(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({
    predicate: (query) => query.queryKey[0] !== 'job-status',
  });
}
