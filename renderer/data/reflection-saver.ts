import type { ReflectionUpdateInput } from '@shared/contract/contract';

export type ReflectionChanges = Omit<ReflectionUpdateInput, 'id'>;
export type SaveState = 'saved' | 'pending' | 'saving' | 'error';

/**
 * Changes as queued: each field a value or a function that reads it. A reader is called only when
 * the changes are sent, so a keystroke in a long reflection costs no serialisation of the document.
 */
export type QueuedChanges = {
  [K in keyof ReflectionChanges]?: ReflectionChanges[K] | (() => ReflectionChanges[K]);
};

export interface ReflectionSaverOptions {
  delayMs: number;
  save: (changes: ReflectionChanges) => Promise<unknown>;
  /** Called only when the state (or the error) changes, not for every queued change. */
  onStateChange: (state: SaveState, error: unknown) => void;
  /** The changes about to be sent (readers already called), e.g. to update a cache. */
  onResolved: (changes: ReflectionChanges) => void;
  onSaved: () => void;
}

/** Calls the readers among the queued fields (no field's value is itself a function). */
function resolveChanges(queued: QueuedChanges): ReflectionChanges {
  return Object.fromEntries(
    Object.entries(queued).map(([key, value]) => [
      key,
      typeof value === 'function' ? (value as () => unknown)() : value,
    ]),
  ) as ReflectionChanges;
}

/**
 * The autosave queue of one reflection, apart from React so its rules are plain: changes gather
 * until `delayMs` pass without a new one (or `flush`), one save is in flight at a time and
 * what changes meanwhile follows it, and a failed save keeps its changes (newer ones win) for
 * the next try.
 */
export class ReflectionSaver {
  private pending: QueuedChanges | null = null;
  private inFlight = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** While stopped (the editor is gone) changes are sent at once: no timer outlives its owner. */
  private stopped = false;
  private reported: { state: SaveState; error: unknown } = { state: 'saved', error: null };

  constructor(private readonly options: ReflectionSaverOptions) {}

  queue(changes: QueuedChanges, immediate = false): void {
    this.pending = { ...this.pending, ...changes };
    if (!this.inFlight) this.report('pending', null);
    this.clearTimer();
    if (immediate || this.stopped) this.flush();
    else this.timer = setTimeout(() => this.flush(), this.options.delayMs);
  }

  /**
   * Sends what is waiting now (or right after the save in flight). The readers are called now in
   * either case: what is sent is what the user saw when it was asked for, even if the editor
   * that the readers read from is gone by the time the save in flight is done.
   */
  flush(): void {
    this.clearTimer();
    if (this.pending === null) return;
    const changes = resolveChanges(this.pending);
    this.pending = changes;
    this.options.onResolved(changes);
    if (this.inFlight) return;
    this.pending = null;
    this.inFlight = true;
    this.report('saving', null);
    this.options.save(changes).then(
      () => {
        this.inFlight = false;
        this.options.onSaved();
        if (this.pending !== null) this.flush();
        else this.report('saved', null);
      },
      (error: unknown) => {
        this.inFlight = false;
        this.pending = { ...changes, ...this.pending };
        this.report('error', error);
      },
    );
  }

  /** Debounces again (React may stop and start the same saver, as StrictMode does). */
  start(): void {
    this.stopped = false;
  }

  /** Sends what is waiting and leaves no timer behind; a save in flight still completes. */
  stop(): void {
    this.stopped = true;
    this.flush();
  }

  private report(state: SaveState, error: unknown): void {
    if (this.reported.state === state && this.reported.error === error) return;
    this.reported = { state, error };
    this.options.onStateChange(state, error);
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
