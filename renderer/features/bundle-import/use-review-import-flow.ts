import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { newsCountsText, type ReviewImportSummary } from '@shared/review/review-import-summary';
import { reviewerLine } from '@shared/review/review-labels';
import { useInvoke } from '../../api/api-context';
import { useBundleFiles } from '../../api/bundle-files-context';
import { isAbort } from '../../api/upload-file';
import { paths } from '../../app/paths';
import { refetchAll } from '../../data/refetch-all';
import { bundleImportStrings } from './strings';
import { CANCELLED, type useImportSlot } from './use-import-slot';

type ImportSlot = Pick<
  ReturnType<typeof useImportSlot>,
  'setStep' | 'setOutcome' | 'claim' | 'end'
>;

/**
 * A review file (.ctoreview) through the one import slot: send it to the core, show what
 * applying it would do, then apply it in one step or discard it. A review that changes nothing
 * (the same file again, an older one) is shown as such and only closes.
 */
export function useReviewImportFlow({ setStep, setOutcome, claim, end }: ImportSlot) {
  const files = useBundleFiles();
  const invoke = useInvoke();
  const queryClient = useQueryClient();
  const navigate = useNavigate();

  const importReview = useCallback(
    (file: File) => {
      const controller = claim();
      if (!controller) return;
      setStep({ step: 'sending', fileName: file.name, loaded: 0, total: file.size });
      files
        .inspectReview(file, {
          signal: controller.signal,
          onProgress: (loaded, total) =>
            setStep((current) =>
              current.step === 'sending' ? { ...current, loaded, total } : current,
            ),
        })
        .then(
          (summary) => setStep({ step: 'review', summary, applying: false, error: null }),
          (error: unknown) => end(isAbort(error) ? CANCELLED : { message: '', error }),
        );
    },
    [claim, end, files, setStep],
  );

  /** A review the system opened with the app: the main process has checked it already. */
  const showOpened = useCallback(
    (summary: ReviewImportSummary) => {
      if (claim()) setStep({ step: 'review', summary, applying: false, error: null });
      else
        void invoke('review-import-discard', { inspectionId: summary.inspectionId }).catch(
          () => undefined,
        );
    },
    [claim, invoke, setStep],
  );

  const discard = (summary: ReviewImportSummary) => {
    end(CANCELLED);
    invoke('review-import-discard', { inspectionId: summary.inspectionId }).catch(
      (error: unknown) => setOutcome({ message: '', error }),
    );
  };

  const apply = (summary: ReviewImportSummary) => {
    setStep({ step: 'review', summary, applying: true, error: null });
    invoke('review-import-apply', { inspectionId: summary.inspectionId }).then(
      async (result) => {
        await refetchAll(queryClient);
        const text = bundleImportStrings.review;
        // The dashboard's card lists what the review brought.
        if (result.applied) void navigate(paths.dashboard);
        end({
          message: result.applied
            ? text.applied(reviewerLine(summary.reviewer), newsCountsText(result.counts))
            : summary.sentence,
          error: null,
          path: result.applied ? paths.dashboard : undefined,
        });
      },
      (error: unknown) => setStep({ step: 'review', summary, applying: false, error }),
    );
  };

  return { importReview, showOpened, discard, apply };
}
