import { useState } from 'react';
import type { SavedFile } from '@shared/contract/review-layer-channels';
import { useBundleFiles } from '../../../api/bundle-files-context';
import { downloadSavedFile } from './save-review-file';

export interface SavedFileState {
  busy: boolean;
  message: string;
  error: unknown;
}

const IDLE: SavedFileState = { busy: false, message: '', error: null };

/**
 * Saving a file the core makes (a review file, a report's PDF): Electron asks where first (the
 * system dialog; cancelling it does nothing), the browser host downloads the bytes the core
 * answers. `request` asks the core, with the chosen path or null.
 */
export function useSavedFile<T extends SavedFile>(
  request: (destination: string | null) => Promise<T>,
) {
  const files = useBundleFiles();
  const [state, setState] = useState<SavedFileState>(IDLE);
  const run = async (suggestedName: string, done: (answer: T) => string) => {
    setState({ ...IDLE, busy: true });
    try {
      let destination: string | null = null;
      if (files.chooseDestination) {
        destination = await files.chooseDestination(suggestedName);
        if (destination === null) {
          setState(IDLE);
          return;
        }
      }
      const answer = await request(destination);
      downloadSavedFile(answer);
      setState({ ...IDLE, message: done(answer) });
    } catch (error) {
      setState({ ...IDLE, error });
    }
  };
  return { ...state, run };
}
