import type { WorkStudyEntry } from '@shared/review/review-layer';
import { useOfferUndo } from '../../../components/undo-context';
import { formatDate } from '../../../components/format-date';
import { reviewLayerStrings } from '../strings';
import { useReviewChange } from '../use-review-layer';

/** Deletes a work-study entry (kept as a tombstone) and offers Undo, as the mentor log does. */
export function useWorkStudyDelete(portfolioId: string) {
  const remove = useReviewChange('review-workstudy-delete', portfolioId);
  const restore = useReviewChange('review-workstudy-restore', portfolioId);
  const offerUndo = useOfferUndo();
  const text = reviewLayerStrings.workStudy;
  return {
    isPending: remove.isPending,
    error: remove.error,
    remove: (entry: WorkStudyEntry) =>
      remove.mutate(
        { portfolioId, id: entry.id },
        {
          onSuccess: () =>
            offerUndo({
              message: text.deleted(formatDate(entry.date)),
              undoneMessage: text.restored(formatDate(entry.date)),
              undo: () => restore.mutateAsync({ portfolioId, id: entry.id }),
            }),
        },
      ),
  };
}
