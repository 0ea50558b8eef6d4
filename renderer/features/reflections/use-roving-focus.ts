import { useRef, useState, type KeyboardEvent } from 'react';

/**
 * A roving tabindex over `count` buttons: one of them is the Tab stop, the arrow keys move it
 * (wrapping at both ends) and Home/End jump to the first and last. Each button registers itself
 * with `register(index)` and reports focus with `setFocusIndex`.
 */
export function useRovingFocus(count: number) {
  const [focusIndex, setFocusIndex] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  const moveFocus = (index: number) => {
    const next = (index + count) % count;
    setFocusIndex(next);
    buttons.current[next]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const moves: Record<string, number> = {
      ArrowRight: focusIndex + 1,
      ArrowLeft: focusIndex - 1,
      Home: 0,
      End: count - 1,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    moveFocus(target);
  };

  const register = (index: number) => (element: HTMLButtonElement | null) => {
    buttons.current[index] = element;
  };

  return { focusIndex, setFocusIndex, onKeyDown, register };
}
