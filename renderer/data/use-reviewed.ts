import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReviewedPortfolio } from '@shared/bundle/reviewed-portfolio';
import { useInvoke } from '../api/api-context';
import type { ApiError } from '../api/api-error';
import { queryKeys } from './query-keys';

/** Other people's portfolios imported read-only ("Reviewed portfolios"). */
export function useReviewedPortfolios() {
  const invoke = useInvoke();
  return useQuery<ReviewedPortfolio[], ApiError>({
    queryKey: queryKeys.reviewed,
    queryFn: () => invoke('reviewed-list', {}),
  });
}

/** Removes one from this computer; the list the core answers replaces the shown one. */
export function useRemoveReviewed() {
  const invoke = useInvoke();
  const queryClient = useQueryClient();
  return useMutation<ReviewedPortfolio[], ApiError, string>({
    mutationFn: (portfolioId) => invoke('reviewed-remove', { portfolioId }),
    onSuccess: async (remaining) => {
      queryClient.setQueryData(queryKeys.reviewed, remaining);
      await queryClient.invalidateQueries({ queryKey: queryKeys.candidates });
    },
  });
}
