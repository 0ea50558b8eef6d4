import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { ImportAs, ImportSummary } from '@shared/bundle/import-summary';
import type { JobStatus } from '@shared/jobs/job-status';
import { useInvoke } from '../../api/api-context';
import { useBundleFiles } from '../../api/bundle-files-context';
import { isAbort } from '../../api/upload-file';
import { refetchAll } from '../../data/refetch-all';
import { failureOf, useJob } from '../../data/use-job';
import { bundleImportStrings } from './strings';
import { importedMessage, pathAfterImport } from './import-outcome';

/** Where an import stands: nothing changes before the user chooses Import on the summary. */
export type ImportStep =
  | { step: 'idle' }
  | { step: 'sending'; fileName: string; loaded: number; total: number }
  | { step: 'checking'; jobId: string }
  | { step: 'summary'; summary: ImportSummary; committing: boolean; error: unknown };

export interface ImportOutcome {
  /** A sentence for the status region, e.g. what the import changed. */
  message: string;
  error: unknown;
}

const IDLE: ImportStep = { step: 'idle' };
const NO_OUTCOME: ImportOutcome = { message: '', error: null };
const CANCELLED: ImportOutcome = { message: bundleImportStrings.importCancelled, error: null };

/**
 * One import at a time, from a chosen, dropped or system-opened file: send it to the core (the
 * browser host uploads it), follow the core's check, show the summary, then commit or discard.
 * After a commit every query is refetched (anything may have changed underneath) and the user
 * is taken to what the import changed.
 */
export function useBundleImportFlow() {
  const files = useBundleFiles();
  const invoke = useInvoke();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [step, setStep] = useState<ImportStep>(IDLE);
  const [outcome, setOutcome] = useState<ImportOutcome>(NO_OUTCOME);
  const upload = useRef<AbortController | null>(null);
  // Read synchronously by a second drop before React has re-rendered.
  const busy = useRef(false);

  const end = useCallback((result: ImportOutcome) => {
    busy.current = false;
    upload.current = null;
    setStep(IDLE);
    setOutcome(result);
  }, []);

  /** Claims the one import slot; a second file while an import is open is turned away. */
  const begin = useCallback(() => {
    if (busy.current) {
      setOutcome({ message: bundleImportStrings.alreadyImporting, error: null });
      return false;
    }
    busy.current = true;
    setOutcome(NO_OUTCOME);
    return true;
  }, []);

  const onChecked = useCallback(
    (job: JobStatus) => {
      if (job.state === 'done' && job.importSummary) {
        setStep({ step: 'summary', summary: job.importSummary, committing: false, error: null });
      } else {
        end(job.state === 'cancelled' ? CANCELLED : { message: '', error: failureOf(job) });
      }
    },
    [end],
  );
  const checking = useJob(step.step === 'checking' ? step.jobId : null, onChecked);

  const importFile = useCallback(
    (file: File) => {
      if (!begin()) return;
      const controller = new AbortController();
      upload.current = controller;
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
    [begin, end, files],
  );

  /** An inspection the main process started for a file the system opened with the app. */
  const followInspection = useCallback(
    (jobId: string) => {
      if (begin()) setStep({ step: 'checking', jobId });
      else void invoke('job-cancel', { jobId }).catch(() => undefined);
    },
    [begin, invoke],
  );

  const cancel = () => {
    if (step.step === 'sending') upload.current?.abort();
    else if (step.step === 'checking') checking.cancel();
  };

  const discard = (summary: ImportSummary) => {
    end(CANCELLED);
    invoke('bundle-import-discard', { inspectionId: summary.inspectionId }).catch(
      (error: unknown) => setOutcome({ message: '', error }),
    );
  };

  const commit = (summary: ImportSummary, as: ImportAs | undefined) => {
    setStep({ step: 'summary', summary, committing: true, error: null });
    invoke('bundle-import-commit', {
      inspectionId: summary.inspectionId,
      ...(as === undefined ? {} : { as }),
    }).then(
      async (result) => {
        await refetchAll(queryClient);
        end({ message: importedMessage(result), error: null });
        void navigate(pathAfterImport(result));
      },
      (error: unknown) => setStep({ step: 'summary', summary, committing: false, error }),
    );
  };

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
    outcome,
    dismissOutcome: () => setOutcome(NO_OUTCOME),
  };
}
