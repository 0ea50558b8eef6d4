import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '@shared/contract/contract';
import type { ConflictView } from '@shared/sync/conflict';
import { useInvoke } from '../api/api-context';
import type { ApiError } from '../api/api-error';
import { queryKeys } from './query-keys';
import { refetchAll } from './refetch-all';

/** Conflicts waiting for the user after merging a bundle from another computer. */
export function useConflicts() {
  const invoke = useInvoke();
  return useQuery<ConflictView[], ApiError>({
    queryKey: queryKeys.conflicts,
    queryFn: () => invoke('conflict-list', {}),
  });
}

/**
 * Keeps mine, theirs or both. The list the core answers is shown at once; the kept version may
 * be any record, so everything else is refetched.
 */
export function useResolveConflict() {
  const invoke = useInvoke();
  const queryClient = useQueryClient();
  return useMutation<ConflictView[], ApiError, ChannelInput<'conflict-resolve'>>({
    mutationFn: (input) => invoke('conflict-resolve', input),
    onSuccess: (remaining) => {
      queryClient.setQueryData(queryKeys.conflicts, remaining);
      void refetchAll(queryClient);
    },
  });
}
