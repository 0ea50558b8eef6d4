import type { ReflectionUpdateInput } from '@shared/contract/contract';

export type ReflectionChanges = Omit<ReflectionUpdateInput, 'id'>;
export type SaveState = 'saved' | 'pending' | 'saving' | 'error';

export interface ReflectionSaverOptions {
  delayMs: number;
  save: (changes: ReflectionChanges) => Promise<unknown>;
  onStateChange: (state: SaveState, error: unknown) => void;
  onSaved: () => void;
}

/**
 * The autosave queue of one reflection, apart from React so its rules are plain: changes gather
 * until `delayMs` pass without a new one (or `flush`), one save is in flight at a time and
 * what changes meanwhile follows it, and a failed save keeps its changes (newer ones win) for
 * the next try.
 */
export class ReflectionSaver {
  private pending: ReflectionChanges | null = null;
  private inFlight = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** While stopped (the editor is gone) changes are sent at once: no timer outlives its owner. */
  private stopped = false;

  constructor(private readonly options: ReflectionSaverOptions) {}

  queue(changes: ReflectionChanges, immediate = false): void {
    this.pending = { ...this.pending, ...changes };
    if (!this.inFlight) this.options.onStateChange('pending', null);
    this.clearTimer();
    if (immediate || this.stopped) this.flush();
    else this.timer = setTimeout(() => this.flush(), this.options.delayMs);
  }

  /** Sends what is waiting now (or right after the save in flight). */
  flush(): void {
    this.clearTimer();
    if (this.inFlight || this.pending === null) return;
    const changes = this.pending;
    this.pending = null;
    this.inFlight = true;
    this.options.onStateChange('saving', null);
    this.options.save(changes).then(
      () => {
        this.inFlight = false;
        this.options.onSaved();
        if (this.pending !== null) this.flush();
        else this.options.onStateChange('saved', null);
      },
      (error: unknown) => {
        this.inFlight = false;
        this.pending = { ...changes, ...this.pending };
        this.options.onStateChange('error', error);
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

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
