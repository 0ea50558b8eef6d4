import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import type { Invoke } from '@shared/contract/contract';
import type { Reflection, ReflectionFields } from '@shared/domain/reflection';
import { definedOnly } from '@shared/domain/record';
import { useInvoke } from '../api/api-context';
import { queryKeys } from './query-keys';
import {
  ReflectionSaver,
  type QueuedChanges,
  type ReflectionChanges,
  type SaveState,
} from './reflection-saver';

export type { QueuedChanges, ReflectionChanges, SaveState } from './reflection-saver';

/** A pause in typing this long saves; well within the second the issue allows. */
export const AUTOSAVE_DELAY_MS = 700;

export interface UnsavedReflection {
  /** What the record starts with; the first change is sent with it in one reflection-create. */
  fields: Partial<ReflectionFields>;
  /**
   * The record exists now (its body is in the query cache already); not called when the editor
   * is gone by then, so leaving while it is made does not lead back to it.
   */
  onCreated: (created: Reflection) => void;
}

/**
 * Where the changes go: the reflection's record, or (id null) a record made by the first
 * change with the unsaved reflection's fields, which every later change then updates.
 */
class SaveTarget {
  private unsaved: UnsavedReflection | undefined;
  private attached = false;

  constructor(
    private id: string | null,
    private readonly invoke: Invoke,
    private readonly queryClient: QueryClient,
  ) {}

  follow(unsaved: UnsavedReflection | undefined): void {
    this.unsaved = unsaved;
  }

  /** Whether the editor is on screen: a record made after it left does not call it back. */
  attach(attached: boolean): void {
    this.attached = attached;
  }

  async save(changes: ReflectionChanges): Promise<unknown> {
    if (this.id !== null) return this.invoke('reflection-update', { id: this.id, ...changes });
    const created = await this.invoke('reflection-create', {
      ...this.unsaved?.fields,
      ...definedOnly(changes),
    });
    this.id = created.id;
    this.queryClient.setQueryData<Reflection>(queryKeys.reflection(created.id), created);
    if (this.attached) this.unsaved?.onCreated(created);
    return created;
  }

  /** The cached body follows what is sent; before the record exists there is none to follow. */
  cache(changes: ReflectionChanges): void {
    if (this.id === null) return;
    this.queryClient.setQueryData<Reflection>(queryKeys.reflection(this.id), (old) =>
      old ? { ...old, ...definedOnly(changes) } : old,
    );
  }
}

/**
 * Saves a reflection's changes as the user works (see ReflectionSaver). Nothing typed is lost when
 * the editor goes away: what is waiting is sent on unmount (a route change or another
 * reflection) and when the page is hidden or closed (visibilitychange, pagehide, beforeunload);
 * the browser host sends those requests with `keepalive`, so they outlive the page. The query
 * cache gets the changes when they are sent (after the pause, on flush and on unmount), not per
 * keystroke: copying a long document into the cache on every key would slow typing. Reopening the
 * reflection, which can only happen after the unmount, still shows the latest local state.
 *
 * `id` null: a reflection not stored yet, made by its first change (so an untouched new
 * reflection leaves no record); every later change updates it.
 */
export function useReflectionAutosave(id: string | null, unsaved?: UnsavedReflection) {
  const invoke = useInvoke();
  const queryClient = useQueryClient();
  const [target] = useState(() => new SaveTarget(id, invoke, queryClient));
  useEffect(() => target.follow(unsaved));
  const [status, setStatus] = useState<{ state: SaveState; error: unknown }>({
    state: 'saved',
    error: null,
  });
  const [saver] = useState(
    () =>
      new ReflectionSaver({
        delayMs: AUTOSAVE_DELAY_MS,
        save: (changes) => target.save(changes),
        onStateChange: (state, error) => setStatus({ state, error }),
        onResolved: (changes) => target.cache(changes),
        onSaved: () => {
          void queryClient.invalidateQueries({ queryKey: queryKeys.reflectionList });
          void queryClient.invalidateQueries({ queryKey: ['search-query'] });
        },
      }),
  );

  useEffect(() => {
    target.attach(true);
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
      target.attach(false);
      saver.stop();
    };
  }, [saver, target]);

  const queue = useCallback(
    (changes: QueuedChanges, options: { immediate?: boolean } = {}) =>
      saver.queue(changes, options.immediate),
    [saver],
  );
  const flush = useCallback(() => saver.flush(), [saver]);

  return { state: status.state, error: status.error, queue, flush };
}
