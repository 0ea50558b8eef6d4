import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import type { ImportAs, ImportSummary } from '@shared/bundle/import-summary';
import { useInvoke } from '../../api/api-context';
import { refetchAll } from '../../data/refetch-all';
import { importedMessage, pathAfterImport } from './import-outcome';
import { CANCELLED, type useImportSlot } from './use-import-slot';

type ImportSlot = Pick<ReturnType<typeof useImportSlot>, 'setStep' | 'setOutcome' | 'end'>;

/**
 * The user's answer to the summary. Discard frees the slot at once and lets the core drop the
 * checked file; Import commits, refetches every query (anything may have changed underneath) and
 * takes the user to what the import changed. A refused commit stays on the summary with its error.
 */
export function useImportChoice({ setStep, setOutcome, end }: ImportSlot) {
  const invoke = useInvoke();
  const queryClient = useQueryClient();
  const navigate = useNavigate();

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
        const path = pathAfterImport(result);
        void navigate(path);
        end({ message: importedMessage(result), error: null, path });
      },
      (error: unknown) => setStep({ step: 'summary', summary, committing: false, error }),
    );
  };
  return { discard, commit };
}
