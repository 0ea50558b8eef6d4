import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

/**
 * The state and keys of a menu button (see RowMenu): which item has the focus (null: closed),
 * the arrows, Home, End, Escape and Tab, and closing on a click outside.
 */
export function useRowMenu(count: number) {
  const [focusAt, setFocusAt] = useState<number | null>(null);
  const open = focusAt !== null;
  const wrapper = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const entries = useRef<(HTMLElement | null)[]>([]);
  const last = count - 1;

  useEffect(() => {
    if (focusAt !== null) entries.current[focusAt]?.focus();
  }, [focusAt]);

  useEffect(() => {
    if (!open) return undefined;
    const closeOutside = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) setFocusAt(null);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);

  /** Closes and gives the focus back to the button. */
  const close = () => {
    setFocusAt(null);
    button.current?.focus();
  };

  const onButtonKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setFocusAt(event.key === 'ArrowDown' ? 0 : last);
    }
  };

  const onMenuKey = (event: KeyboardEvent) => {
    const at = focusAt ?? 0;
    const moves: Record<string, number> = {
      ArrowDown: at === last ? 0 : at + 1,
      ArrowUp: at === 0 ? last : at - 1,
      Home: 0,
      End: last,
    };
    const target = moves[event.key];
    if (event.key === 'Escape') {
      // The page's own Escape (closing a dialog, leaving a form) is not for this key press.
      event.preventDefault();
      event.stopPropagation();
      close();
    } else if (event.key === 'Tab') {
      setFocusAt(null);
    } else if (target !== undefined) {
      event.preventDefault();
      setFocusAt(target);
    }
  };

  const register = (index: number) => (element: HTMLElement | null) => {
    entries.current[index] = element;
  };

  return {
    open,
    wrapper,
    button,
    register,
    close,
    toggle: () => setFocusAt(open ? null : 0),
    focused: (index: number) => setFocusAt(index),
    /** Closes without moving the focus (a link item navigates away). */
    dismiss: () => setFocusAt(null),
    onButtonKey,
    onMenuKey,
  };
}
