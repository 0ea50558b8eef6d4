import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import type { Reflection } from '@shared/domain/reflection';
import { definedOnly } from '@shared/domain/record';
import { useInvoke } from '../api/api-context';
import { queryKeys } from './query-keys';
import { ReflectionSaver, type QueuedChanges, type SaveState } from './reflection-saver';

export type { QueuedChanges, ReflectionChanges, SaveState } from './reflection-saver';

/** A pause in typing this long saves; well within the second the issue allows. */
export const AUTOSAVE_DELAY_MS = 700;

/**
 * Saves a reflection's changes as the user works (see ReflectionSaver). Nothing typed is lost when
 * the editor goes away: what is waiting is sent on unmount (a route change or another
 * reflection) and when the page is hidden or closed (visibilitychange, pagehide, beforeunload);
 * the browser host sends those requests with `keepalive`, so they outlive the page. The query
 * cache gets the changes when they are sent (after the pause, on flush and on unmount), not per
 * keystroke: copying a long document into the cache on every key would slow typing. Reopening the
 * reflection, which can only happen after the unmount, still shows the latest local state.
 */
export function useReflectionAutosave(id: string) {
  const invoke = useInvoke();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<{ state: SaveState; error: unknown }>({
    state: 'saved',
    error: null,
  });
  const [saver] = useState(
    () =>
      new ReflectionSaver({
        delayMs: AUTOSAVE_DELAY_MS,
        save: (changes) => invoke('reflection-update', { id, ...changes }),
        onStateChange: (state, error) => setStatus({ state, error }),
        onResolved: (changes) =>
          queryClient.setQueryData<Reflection>(queryKeys.reflection(id), (old) =>
            old ? { ...old, ...definedOnly(changes) } : old,
          ),
        onSaved: () => {
          void queryClient.invalidateQueries({ queryKey: queryKeys.reflectionList });
          void queryClient.invalidateQueries({ queryKey: ['search-query'] });
        },
      }),
  );

  useEffect(() => {
    saver.start();
    const flush = () => saver.flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') saver.flush();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', flush);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', flush);
      saver.stop();
    };
  }, [saver]);

  const queue = useCallback(
    (changes: QueuedChanges, options: { immediate?: boolean } = {}) =>
      saver.queue(changes, options.immediate),
    [saver],
  );
  const flush = useCallback(() => saver.flush(), [saver]);

  return { state: status.state, error: status.error, queue, flush };
}
