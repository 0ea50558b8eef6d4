import { useEffect, useRef, type RefObject } from 'react';

/**
 * Calls `onEscape` when Escape is pressed inside `ref`'s element (a dialog or popover). Attached
 * by hand because the element is not a control itself; the controls inside stay native.
 */
export function useEscapeKey(ref: RefObject<HTMLElement | null>, onEscape: () => void) {
  const handler = useRef(onEscape);
  useEffect(() => {
    handler.current = onEscape;
  }, [onEscape]);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopPropagation();
      handler.current();
    };
    element.addEventListener('keydown', onKeyDown);
    return () => element.removeEventListener('keydown', onKeyDown);
  }, [ref]);
}
