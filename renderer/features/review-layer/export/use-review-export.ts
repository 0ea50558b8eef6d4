import { useInvoke } from '../../../api/api-context';
import { useToday } from '../../../data/use-today';
import { reviewLayerStrings } from '../strings';
import { suggestedReviewFileName } from './save-review-file';
import { useSavedFile } from './use-saved-file';

/** Export the reviewer's layer of one candidate as a `.ctoreview` (see useSavedFile). */
export function useReviewExport(portfolioId: string, candidateName: string) {
  const invoke = useInvoke();
  const today = useToday();
  const saving = useSavedFile((destination) =>
    invoke('review-export', destination === null ? { portfolioId } : { portfolioId, destination }),
  );
  const text = reviewLayerStrings.exportReview;
  return {
    ...saving,
    run: () =>
      saving.run(suggestedReviewFileName(candidateName, today), (exported) =>
        text.done(candidateName, exported.fileName),
      ),
  };
}
