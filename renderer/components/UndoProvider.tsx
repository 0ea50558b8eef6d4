import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { UndoContext, type UndoOffer } from './undo-context';
import { UndoToast } from './UndoToast';

export interface UndoProviderProps {
  children: ReactNode;
}

interface ToastState {
  message: string;
  offer: UndoOffer | null;
  error: unknown;
  undoing: boolean;
}

const EMPTY: ToastState = { message: '', offer: null, error: null, undoing: false };

/**
 * Owns the one undo snackbar; a new offer replaces the previous one. The deleted row takes the
 * focused Delete button with it, so focus moves to Undo (then to Dismiss once undone, then back
 * to the main content) rather than falling to the page's start.
 */
export function UndoProvider({ children }: UndoProviderProps) {
  const [toast, setToast] = useState<ToastState>(EMPTY);
  const undoRef = useRef<HTMLButtonElement>(null);
  const dismissRef = useRef<HTMLButtonElement>(null);
  const hasMessage = toast.message !== '';

  useEffect(() => {
    if (toast.offer) undoRef.current?.focus();
    else if (hasMessage) dismissRef.current?.focus();
  }, [toast.offer, hasMessage]);

  const offerUndo = useCallback((offer: UndoOffer) => {
    setToast({ message: offer.message, offer, error: null, undoing: false });
  }, []);

  const undo = (offer: UndoOffer) => {
    setToast((current) => ({ ...current, undoing: true, error: null }));
    offer.undo().then(
      () => setToast({ message: offer.undoneMessage, offer: null, error: null, undoing: false }),
      (error: unknown) => setToast((current) => ({ ...current, undoing: false, error })),
    );
  };

  const { offer } = toast;
  return (
    <UndoContext.Provider value={offerUndo}>
      {children}
      <UndoToast
        message={toast.message}
        error={toast.error}
        undoing={toast.undoing}
        onUndo={offer ? () => undo(offer) : null}
        onDismiss={
          hasMessage
            ? () => {
                setToast(EMPTY);
                document.querySelector<HTMLElement>('main')?.focus();
              }
            : null
        }
        undoRef={undoRef}
        dismissRef={dismissRef}
      />
    </UndoContext.Provider>
  );
}
