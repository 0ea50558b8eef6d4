export interface WaitForOptions {
  /** What is awaited, in words: the failure reads "Timed out after 5000ms waiting for <what>". */
  what: string;
  timeoutMs?: number;
  intervalMs?: number;
}

/**
 * Polls `condition` until it holds, and fails after `timeoutMs` with a sentence naming what never
 * happened: a test waits on what it can observe, never for a fixed time, and never forever.
 * Polls with real timers: under vi.useFakeTimers advance the clock instead.
 */
export async function waitFor(
  condition: () => boolean | Promise<boolean>,
  { what, timeoutMs = 5000, intervalMs = 5 }: WaitForOptions,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await condition()) return;
    if (Date.now() >= deadline)
      throw new Error(`Timed out after ${timeoutMs}ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
