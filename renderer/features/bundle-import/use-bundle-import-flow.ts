import { useCallback } from 'react';
import type { JobStatus } from '@shared/jobs/job-status';
import { useInvoke } from '../../api/api-context';
import { useBundleFiles } from '../../api/bundle-files-context';
import { isAbort } from '../../api/upload-file';
import { failureOf, useJob } from '../../data/use-job';
import { isReviewFileName } from './bundle-file-name';
import { useImportChoice } from './use-import-choice';
import { useReviewImportFlow } from './use-review-import-flow';
import { CANCELLED, NO_OUTCOME, useImportSlot } from './use-import-slot';

/**
 * One import at a time, from a chosen, dropped or system-opened file: send it to the core (the
 * browser host uploads it), follow the core's check, show the summary, then commit or discard
 * (use-import-choice.ts). A review file (.ctoreview) takes its own way through the same slot
 * (use-review-import-flow.ts).
 */
export function useBundleImportFlow() {
  const files = useBundleFiles();
  const invoke = useInvoke();
  const slot = useImportSlot();
  const { step, setStep, outcome, setOutcome, claim, end, abortUpload } = slot;

  const onChecked = useCallback(
    (job: JobStatus) => {
      if (job.state === 'done' && job.importSummary) {
        setStep({ step: 'summary', summary: job.importSummary, committing: false, error: null });
      } else {
        end(job.state === 'cancelled' ? CANCELLED : { message: '', error: failureOf(job) });
      }
    },
    [end, setStep],
  );
  const checking = useJob(step.step === 'checking' ? step.jobId : null, onChecked);
  const review = useReviewImportFlow(slot);
  const { importReview } = review;

  const importFile = useCallback(
    (file: File) => {
      if (isReviewFileName(file.name)) {
        importReview(file);
        return;
      }
      const controller = claim();
      if (!controller) return;
      setStep({ step: 'sending', fileName: file.name, loaded: 0, total: file.size });
      files
        .startInspection(file, {
          signal: controller.signal,
          onProgress: (loaded, total) =>
            setStep((current) =>
              current.step === 'sending' ? { ...current, loaded, total } : current,
            ),
        })
        .then(
          (jobId) => setStep({ step: 'checking', jobId }),
          (error: unknown) => end(isAbort(error) ? CANCELLED : { message: '', error }),
        );
    },
    [claim, end, files, importReview, setStep],
  );

  /** An inspection the main process started for a file the system opened with the app. */
  const followInspection = useCallback(
    (jobId: string) => {
      if (claim()) setStep({ step: 'checking', jobId });
      else void invoke('job-cancel', { jobId }).catch(() => undefined);
    },
    [claim, invoke, setStep],
  );

  const cancel = () => {
    if (step.step === 'sending') abortUpload();
    else if (step.step === 'checking') checking.cancel();
  };

  const { discard, commit } = useImportChoice(slot);
  const dismissOutcome = useCallback(() => setOutcome(NO_OUTCOME), [setOutcome]);

  return {
    step,
    importFile,
    followInspection,
    cancel,
    cancelling: checking.cancelling,
    cancelError: checking.cancelError,
    progress: checking.job?.progress ?? null,
    discard,
    commit,
    review,
    outcome,
    dismissOutcome,
  };
}
