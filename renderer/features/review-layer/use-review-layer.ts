import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Channel, ChannelInput, ChannelOutput } from '@shared/contract/contract';
import type { ReviewLayerView } from '@shared/contract/review-layer-channels';
import { useInvoke } from '../../api/api-context';
import type { ApiError } from '../../api/api-error';

const layerKey = (portfolioId: string) => ['review-layer-get', portfolioId] as const;

/** The reviewer's layer of one candidate, with what it refers to (program, candidate, replies). */
export function useReviewLayer(portfolioId: string) {
  const invoke = useInvoke();
  return useQuery<ReviewLayerView, ApiError>({
    queryKey: layerKey(portfolioId),
    queryFn: () => invoke('review-layer-get', { portfolioId }),
  });
}

/** A change of the layer through `channel`; the layer is read again afterwards. */
export function useReviewChange<K extends Channel>(channel: K, portfolioId: string) {
  const invoke = useInvoke();
  const queryClient = useQueryClient();
  return useMutation<ChannelOutput<K>, ApiError, ChannelInput<K>>({
    mutationFn: (input) => invoke(channel, input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: layerKey(portfolioId) }),
  });
}
