import { useEffect, useRef, type RefObject } from 'react';

/**
 * Shows the search <dialog> as a modal while `open`, with the whole query selected so typing
 * replaces it, and gives focus back to where it was when it closes. The dialog stays mounted
 * between searches, so the last query is still there next time.
 */
export function useSearchDialogOpen(
  dialogRef: RefObject<HTMLDialogElement | null>,
  inputRef: RefObject<HTMLInputElement | null>,
  open: boolean,
) {
  const returnFocusRef = useRef<Element | null>(null);
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnFocusRef.current = document.activeElement;
      dialog.showModal();
      inputRef.current?.focus();
      inputRef.current?.select();
    } else if (!open && dialog.open) {
      dialog.close();
    }
    if (!open && returnFocusRef.current instanceof HTMLElement) {
      returnFocusRef.current.focus();
      returnFocusRef.current = null;
    }
  }, [dialogRef, inputRef, open]);
}
