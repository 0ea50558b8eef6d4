import { useState } from 'react';
import { useBundleFiles } from '../../../api/bundle-files-context';
import { useInvoke } from '../../../api/api-context';
import { useToday } from '../../../data/use-today';
import { reviewLayerStrings } from '../strings';
import { downloadReviewFile, suggestedReviewFileName } from './save-review-file';

export interface ReviewExportState {
  busy: boolean;
  message: string;
  error: unknown;
}

const IDLE: ReviewExportState = { busy: false, message: '', error: null };

/**
 * Export the reviewer's layer of one candidate as a `.ctoreview`: Electron asks where to save
 * it first (the system dialog), the browser host downloads the bytes the core answers.
 */
export function useReviewExport(portfolioId: string, candidateName: string) {
  const invoke = useInvoke();
  const files = useBundleFiles();
  const today = useToday();
  const [state, setState] = useState<ReviewExportState>(IDLE);
  const text = reviewLayerStrings.exportReview;

  const run = async () => {
    setState({ ...IDLE, busy: true });
    try {
      let destination: string | null = null;
      if (files.chooseDestination) {
        destination = await files.chooseDestination(suggestedReviewFileName(candidateName, today));
        if (destination === null) {
          setState(IDLE);
          return;
        }
      }
      const exported = await invoke(
        'review-export',
        destination === null ? { portfolioId } : { portfolioId, destination },
      );
      downloadReviewFile(exported);
      setState({ ...IDLE, message: text.done(candidateName, exported.fileName) });
    } catch (error) {
      setState({ ...IDLE, error });
    }
  };
  return { ...state, run };
}
