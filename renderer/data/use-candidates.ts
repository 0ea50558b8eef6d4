import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CandidateChanges,
  CandidateRow,
  CandidatesList,
} from '@shared/contract/candidates-channels';
import type { ChannelOutput } from '@shared/contract/contract';
import { useInvoke } from '../api/api-context';
import type { ApiError } from '../api/api-error';
import { queryKeys } from './query-keys';

export type ChangesSince = 'last-look' | 'previous-bundle';

/** My candidates: one row per imported portfolio. */
export function useCandidates() {
  const invoke = useInvoke();
  return useQuery<CandidatesList, ApiError>({
    queryKey: queryKeys.candidates,
    queryFn: () => invoke('candidates-list', {}),
  });
}

export function useCandidateChanges(portfolioId: string, since: ChangesSince) {
  const invoke = useInvoke();
  return useQuery<CandidateChanges, ApiError>({
    queryKey: queryKeys.candidateChanges(portfolioId, since),
    queryFn: () => invoke('candidate-changes', { portfolioId, since }),
  });
}

/** Marks what is there now as seen: the list's count and the last-look changes start over. */
export function useMarkSeen(portfolioId: string) {
  const invoke = useInvoke();
  const queryClient = useQueryClient();
  return useMutation<CandidateRow, ApiError, void>({
    mutationFn: () => invoke('candidate-mark-seen', { portfolioId }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.candidates });
      await queryClient.invalidateQueries({
        queryKey: queryKeys.candidateChanges(portfolioId, 'last-look'),
      });
    },
  });
}

export function useCohortFeedback() {
  const invoke = useInvoke();
  return useQuery<ChannelOutput<'cohort-feedback-summary'>, ApiError>({
    queryKey: queryKeys.cohortFeedback,
    queryFn: () => invoke('cohort-feedback-summary', {}),
  });
}
