import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Invoke } from '@shared/contract/contract';
import type { ReviewsReceived } from '@shared/contract/review-file-channels';
import type { CandidateReply } from '@shared/review/candidate-reply';
import { useInvoke } from '../api/api-context';
import type { ApiError } from '../api/api-error';
import { usePortfolioScope } from '../features/review-scope/portfolio-scope';
import { queryKeys } from './query-keys';

const NOTHING_RECEIVED: ReviewsReceived = { reviews: [], replies: [], news: [] };

const receivedQuery = (invoke: Invoke) =>
  queryOptions({ queryKey: queryKeys.received, queryFn: () => invoke('reviews-received', {}) });

/**
 * What reviewers sent the candidate: one review per reviewer, the candidate's replies and what
 * is new. Only the candidate's own portfolio has received reviews; in a candidate's copy opened
 * by a reviewer this answers nothing received (and asks the core nothing).
 */
export function useReceivedReviews(): ReviewsReceived {
  const invoke = useInvoke();
  const own = usePortfolioScope().kind === 'own';
  const query = useQuery({ ...receivedQuery(invoke), enabled: own });
  return own ? (query.data ?? NOTHING_RECEIVED) : NOTHING_RECEIVED;
}

/** The received reviews query itself, for pages that show its loading and errors. */
export function useReceivedReviewsQuery() {
  return useQuery(receivedQuery(useInvoke()));
}

export interface ReplyInput {
  reviewerId: string;
  threadId: string;
  body: string;
}

/** A reply in a reviewer's thread; the replies (and the portfolio they live in) are refetched. */
export function useAddReply() {
  const invoke = useInvoke();
  const queryClient = useQueryClient();
  return useMutation<CandidateReply, ApiError, ReplyInput>({
    mutationFn: (input) => invoke('review-reply-add', input),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.received }),
        queryClient.invalidateQueries({ queryKey: queryKeys.portfolio }),
      ]),
  });
}

/** "Seen": the dashboard card stops listing what this reviewer's last review brought. */
export function useDismissNews() {
  const invoke = useInvoke();
  const queryClient = useQueryClient();
  return useMutation<ReviewsReceived, ApiError, string>({
    mutationFn: (reviewerId) => invoke('review-news-dismiss', { reviewerId }),
    onSuccess: (received) => queryClient.setQueryData(queryKeys.received, received),
  });
}
