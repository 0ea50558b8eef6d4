/** How long a word count may wait for an idle moment while the user keeps typing. */
const IDLE_TIMEOUT_MS = 1000;
/** Where there is no requestIdleCallback (jsdom), a short pause stands in for idleness. */
const FALLBACK_DELAY_MS = 150;

/**
 * Runs `task` when the page is idle (requestIdleCallback, or a short timeout where it does not
 * exist) and returns the function that cancels it; the owner cancels it on unmount.
 */
export function whenIdle(task: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(task, { timeout: IDLE_TIMEOUT_MS });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = setTimeout(task, FALLBACK_DELAY_MS);
  return () => clearTimeout(handle);
}
