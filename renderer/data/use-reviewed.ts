import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReviewedPortfolio } from '@shared/bundle/reviewed-portfolio';
import { useInvoke } from '../api/api-context';
import type { ApiError } from '../api/api-error';
import { queryKeys } from './query-keys';

/** Removes a candidate's copy from this computer; My candidates is read again. */
export function useRemoveReviewed() {
  const invoke = useInvoke();
  const queryClient = useQueryClient();
  return useMutation<ReviewedPortfolio[], ApiError, string>({
    mutationFn: (portfolioId) => invoke('reviewed-remove', { portfolioId }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.candidates }),
  });
}
