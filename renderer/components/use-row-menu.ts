import {
  useEffect,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type RefObject,
} from 'react';

/** Room one menu item takes, to choose between opening below the button or above it. */
const ITEM_HEIGHT_PX = 40;

/**
 * Where the menu goes: fixed to the window under the button (over it near the window's bottom),
 * so a list or table that clips or scrolls cannot cut it.
 */
function menuPlace(box: DOMRect, count: number): CSSProperties {
  const right = window.innerWidth - box.right;
  return box.bottom + count * ITEM_HEIGHT_PX < window.innerHeight
    ? { position: 'fixed', top: box.bottom + 2, right }
    : { position: 'fixed', bottom: window.innerHeight - box.top + 2, right };
}

/** Closes an open menu on a click outside it, and on scrolling or resizing (it is fixed). */
function useCloseAway(open: boolean, wrapper: RefObject<HTMLElement | null>, close: () => void) {
  useEffect(() => {
    if (!open) return undefined;
    const closeOutside = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) close();
    };
    document.addEventListener('pointerdown', closeOutside);
    window.addEventListener('scroll', close, true);
    window.addEventListener('resize', close);
    return () => {
      document.removeEventListener('pointerdown', closeOutside);
      window.removeEventListener('scroll', close, true);
      window.removeEventListener('resize', close);
    };
  }, [open, wrapper, close]);
}

/** The menu's keys: the arrows, Home and End move; Escape closes to the button; Tab leaves. */
function menuKeyHandler(
  at: number,
  last: number,
  moveTo: (index: number) => void,
  close: () => void,
  leave: () => void,
) {
  return (event: KeyboardEvent) => {
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
      leave();
    } else if (target !== undefined) {
      event.preventDefault();
      moveTo(target);
    }
  };
}

/** The state and keys of a menu button (see RowMenu): which item has the focus (null: closed). */
export function useRowMenu(count: number) {
  const [focusAt, setFocusAt] = useState<number | null>(null);
  const [place, setPlace] = useState<CSSProperties>({});
  const open = focusAt !== null;
  const wrapper = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const entries = useRef<(HTMLElement | null)[]>([]);
  const [dismiss] = useState(() => () => setFocusAt(null));

  useEffect(() => {
    if (focusAt !== null) entries.current[focusAt]?.focus();
  }, [focusAt]);
  useCloseAway(open, wrapper, dismiss);

  const openAt = (index: number) => {
    const box = button.current?.getBoundingClientRect();
    if (box) setPlace(menuPlace(box, count));
    setFocusAt(index);
  };
  /** Closes and gives the focus back to the button. */
  const close = () => {
    setFocusAt(null);
    button.current?.focus();
  };
  const onButtonKey = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    openAt(event.key === 'ArrowDown' ? 0 : count - 1);
  };

  return {
    open,
    place,
    wrapper,
    button,
    register: (index: number) => (element: HTMLElement | null) => {
      entries.current[index] = element;
    },
    close,
    toggle: () => (open ? dismiss() : openAt(0)),
    focused: (index: number) => setFocusAt(index),
    /** Closes without moving the focus (a link item navigates away). */
    dismiss,
    onButtonKey,
    onMenuKey: (event: KeyboardEvent) =>
      menuKeyHandler(focusAt ?? 0, count - 1, setFocusAt, close, dismiss)(event),
  };
}
