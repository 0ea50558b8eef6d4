import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { Channel, ChannelInput, ChannelOutput } from '@shared/contract/contract';
import { useInvoke } from '../api/api-context';
import type { ApiError } from '../api/api-error';
import { queryKeys } from './query-keys';

// Switching workspace changes what app-info says; nothing else does, so other changes leave it
// alone (and a one-time notice stays on screen until the user dismisses it).
const CHANGES_APP_INFO: ReadonlySet<Channel> = new Set(['sample-open', 'sample-close']);

/** Reflections are stored apart from the portfolio; a change to one leaves the other as it is. */
const changesOnlyReflections = (channel: Channel) => channel.startsWith('reflection-');

/** Refetches what a change through `channel` may have changed. */
export function invalidateAfter(queryClient: QueryClient, channel: Channel): Promise<unknown> {
  const sampleSwitch = CHANGES_APP_INFO.has(channel);
  return Promise.all([
    changesOnlyReflections(channel)
      ? null
      : queryClient.invalidateQueries({ queryKey: queryKeys.portfolio }),
    changesOnlyReflections(channel) || sampleSwitch
      ? queryClient.invalidateQueries({ queryKey: queryKeys.reflections })
      : null,
    sampleSwitch ? queryClient.invalidateQueries({ queryKey: queryKeys.appInfo }) : null,
    channel === 'identity-set'
      ? queryClient.invalidateQueries({ queryKey: queryKeys.identity })
      : null,
    queryClient.invalidateQueries({ queryKey: ['search-query'] }),
  ]);
}

/**
 * A change through one channel. Afterwards the portfolio is refetched whole: the core may change
 * more than the record sent (a session's new date moves due dates; opening the sample swaps it).
 */
export function useCoreMutation<K extends Channel>(channel: K) {
  const invoke = useInvoke();
  const queryClient = useQueryClient();
  return useMutation<ChannelOutput<K>, ApiError, ChannelInput<K>>({
    mutationFn: (input) => invoke(channel, input),
    onSettled: () => invalidateAfter(queryClient, channel),
  });
}
