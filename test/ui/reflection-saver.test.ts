import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ReflectionSaver,
  type ReflectionChanges,
  type SaveState,
} from '../../renderer/data/reflection-saver';

const DELAY_MS = 700;

/** A one-paragraph document, as the editor hands it over. */
const doc = (text: string): NonNullable<ReflectionChanges['content']> => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

/**
 * A saver over a fake store: `sent` is every request in order, `stored` what a store that applies
 * the successful ones holds, `state` the last state reported. A save succeeds unless the test
 * plans otherwise with `failNext` or `holdNext`.
 */
function saverOverFakeStore() {
  const sent: ReflectionChanges[] = [];
  let stored: ReflectionChanges = {};
  const plans: (() => Promise<void>)[] = [];
  const reported: { state: SaveState; error: unknown }[] = [];
  const saver = new ReflectionSaver({
    delayMs: DELAY_MS,
    save: async (changes) => {
      sent.push(structuredClone(changes));
      await (plans.shift() ?? (() => Promise.resolve()))();
      stored = { ...stored, ...changes };
    },
    onStateChange: (state, error) => reported.push({ state, error }),
    onResolved: () => undefined,
    onSaved: () => undefined,
  });
  return {
    saver,
    sent,
    stored: () => stored,
    state: () => reported.at(-1) ?? { state: 'saved', error: null },
    reported,
    failNext(error: Error) {
      plans.push(() => Promise.reject(error));
    },
    /** The next save waits until the answer is released. */
    holdNext(): () => void {
      let release!: () => void;
      const answer = new Promise<void>((resolve) => (release = resolve));
      plans.push(() => answer);
      return () => release();
    },
  };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('ReflectionSaver', () => {
  it('saves once the pause in typing reaches the delay, not before', async () => {
    const store = saverOverFakeStore();
    store.saver.queue({ content: doc('First thoughts') });
    expect(store.state().state).toBe('pending');

    await vi.advanceTimersByTimeAsync(DELAY_MS - 1);
    expect(store.sent).toEqual([]);

    await vi.advanceTimersByTimeAsync(1);
    expect(store.sent).toEqual([{ content: doc('First thoughts') }]);
    expect(store.stored()).toEqual({ content: doc('First thoughts') });
    expect(store.state()).toEqual({ state: 'saved', error: null });
    expect(store.reported.map((r) => r.state)).toEqual(['pending', 'saving', 'saved']);
  });

  it('gathers rapid edits into one save holding the latest document and every field', async () => {
    const store = saverOverFakeStore();
    store.saver.queue({ title: 'Budget season' });
    await vi.advanceTimersByTimeAsync(DELAY_MS / 2);
    store.saver.queue({ content: doc('B') });
    await vi.advanceTimersByTimeAsync(DELAY_MS / 2);
    // A reader, as the editor queues it: read when sent, so it gives the document of that moment.
    let text = 'Bu';
    store.saver.queue({ content: () => doc(text) });
    text = 'Budget';
    await vi.advanceTimersByTimeAsync(DELAY_MS - 1);
    expect(store.sent).toEqual([]);

    await vi.advanceTimersByTimeAsync(1);
    expect(store.sent).toEqual([{ title: 'Budget season', content: doc('Budget') }]);
    expect(store.state().state).toBe('saved');
  });

  it('saves at once on flush, and leaves no timer to save again', async () => {
    const store = saverOverFakeStore();
    store.saver.queue({ title: 'Leaving now' });
    store.saver.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(store.sent).toEqual([{ title: 'Leaving now' }]);
    expect(store.state().state).toBe('saved');

    await vi.advanceTimersByTimeAsync(DELAY_MS * 3);
    expect(store.sent).toHaveLength(1);
  });

  it('reports a failed save with its error, keeps the edit, and sends it with the next one', async () => {
    const store = saverOverFakeStore();
    const diskFull = new Error('The disk is full.');
    store.failNext(diskFull);
    store.saver.queue({ title: 'Kept title', content: doc('Lost?') });
    await vi.advanceTimersByTimeAsync(DELAY_MS);
    expect(store.state()).toEqual({ state: 'error', error: diskFull });
    expect(store.stored()).toEqual({});

    // No retry on its own: the user sees the error until they edit again.
    await vi.advanceTimersByTimeAsync(DELAY_MS * 3);
    expect(store.sent).toHaveLength(1);

    store.saver.queue({ content: doc('Not lost') });
    expect(store.state()).toEqual({ state: 'pending', error: null });
    await vi.advanceTimersByTimeAsync(DELAY_MS);
    expect(store.sent.at(-1)).toEqual({ title: 'Kept title', content: doc('Not lost') });
    expect(store.stored()).toEqual({ title: 'Kept title', content: doc('Not lost') });
    expect(store.state()).toEqual({ state: 'saved', error: null });
  });

  it('sends what changed during a save right after it, one save at a time', async () => {
    const store = saverOverFakeStore();
    const release = store.holdNext();
    store.saver.queue({ content: doc('one') });
    await vi.advanceTimersByTimeAsync(DELAY_MS);
    store.saver.queue({ content: doc('one two') });
    await vi.advanceTimersByTimeAsync(DELAY_MS * 2);
    expect(store.sent).toEqual([{ content: doc('one') }]);
    expect(store.state().state).toBe('saving');

    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(store.sent).toEqual([{ content: doc('one') }, { content: doc('one two') }]);
    expect(store.stored()).toEqual({ content: doc('one two') });
    expect(store.state().state).toBe('saved');
  });

  it('once stopped, sends what is waiting and every later edit at once, with no timer left', async () => {
    const store = saverOverFakeStore();
    store.saver.queue({ title: 'Closing' });
    store.saver.stop();
    store.saver.queue({ title: 'Closing for good' });
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(0);
    expect(store.stored()).toEqual({ title: 'Closing for good' });
    expect(store.state().state).toBe('saved');
  });
});
