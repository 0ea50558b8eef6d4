import { useCallback, useRef, useState } from 'react';
import type { ImportSummary } from '@shared/bundle/import-summary';
import type { ReviewImportSummary } from '@shared/review/review-import-summary';
import { bundleImportStrings } from './strings';

/** Where an import stands: nothing changes before the user chooses Import on the summary. */
export type ImportStep =
  | { step: 'idle' }
  | { step: 'sending'; fileName: string; loaded: number; total: number }
  | { step: 'checking'; jobId: string }
  | { step: 'summary'; summary: ImportSummary; committing: boolean; error: unknown }
  | { step: 'review'; summary: ReviewImportSummary; applying: boolean; error: unknown };

export interface ImportOutcome {
  /** A sentence for the status region, e.g. what the import changed. */
  message: string;
  error: unknown;
  /**
   * The page the outcome is about (where the import took the user); it goes away when the user
   * leaves that page. Without one, the page it was first shown on.
   */
  path?: string | undefined;
}

const IDLE: ImportStep = { step: 'idle' };
export const NO_OUTCOME: ImportOutcome = { message: '', error: null };
export const CANCELLED: ImportOutcome = {
  message: bundleImportStrings.importCancelled,
  error: null,
};

/**
 * The one import slot: where the open import stands, how the last one ended, and the upload to
 * abort. `claim` takes the slot and gives the new import's abort controller, or null when an
 * import is already open (the second file is turned away with a sentence); `end` frees the slot
 * with the outcome to show.
 */
export function useImportSlot() {
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

  const claim = useCallback(() => {
    if (busy.current) {
      setOutcome({ message: bundleImportStrings.alreadyImporting, error: null });
      return null;
    }
    busy.current = true;
    upload.current = new AbortController();
    setOutcome(NO_OUTCOME);
    return upload.current;
  }, []);

  const abortUpload = useCallback(() => upload.current?.abort(), []);

  return { step, setStep, outcome, setOutcome, claim, end, abortUpload };
}
