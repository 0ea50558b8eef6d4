import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { ApiError } from '../api/api-error';
import { useArtifactFiles } from '../api/artifact-files-context';
import { strings } from '../strings';
import { queryKeys } from './query-keys';

export type UploadStatus = 'adding' | 'done' | 'failed' | 'cancelled';

export interface Upload {
  key: number;
  name: string;
  size: number;
  loaded: number;
  status: UploadStatus;
  /** One sentence when it failed. */
  message: string;
  /** The new artifact's id once added. */
  artifactId: string | null;
}

/**
 * Adds files as artifacts, each on its own with its progress, and lets the user cancel one that
 * is still being sent (where the host can). The portfolio is refetched after each file, so the
 * list grows as files arrive. Leaving the page does not cancel an upload: the user asked for
 * the file, and only Cancel takes that back.
 */
export function useArtifactUploads() {
  const files = useArtifactFiles();
  const queryClient = useQueryClient();
  const [uploads, setUploads] = useState<Upload[]>([]);
  const controllers = useRef(new Map<number, AbortController>());
  const nextKey = useRef(1);

  const patch = (key: number, changes: Partial<Upload>) =>
    setUploads((current) => current.map((u) => (u.key === key ? { ...u, ...changes } : u)));

  const add = useCallback(
    (chosen: readonly File[]) => {
      for (const file of chosen) {
        const key = nextKey.current++;
        const controller = new AbortController();
        controllers.current.set(key, controller);
        setUploads((current) => [
          ...current,
          {
            key,
            name: file.name,
            size: file.size,
            loaded: 0,
            status: 'adding',
            message: '',
            artifactId: null,
          },
        ]);
        files
          .addFile(file, {
            signal: controller.signal,
            onProgress: (loaded) => patch(key, { loaded }),
          })
          .then(
            (added) =>
              patch(key, { status: 'done', loaded: file.size, artifactId: added[0]?.id ?? null }),
            (error: unknown) => {
              const cancelled = error instanceof DOMException && error.name === 'AbortError';
              patch(key, {
                status: cancelled ? 'cancelled' : 'failed',
                message: error instanceof ApiError ? error.message : strings.errors.unexpected,
              });
            },
          )
          .finally(() => {
            controllers.current.delete(key);
            void queryClient.invalidateQueries({ queryKey: queryKeys.portfolio });
          });
      }
    },
    [files, queryClient],
  );

  const cancel = (key: number) => controllers.current.get(key)?.abort();
  const clearFinished = () => setUploads((current) => current.filter((u) => u.status === 'adding'));

  return { uploads, add, cancel, clearFinished, canCancel: files.canTrackUploads };
}
