import type { Ref } from 'react';
import { strings } from '../strings';
import { ErrorAlert } from './ErrorAlert';

export interface UndoToastProps {
  message: string;
  error: unknown;
  /** Present while the action can still be undone. */
  onUndo: (() => void) | null;
  undoing: boolean;
  onDismiss: (() => void) | null;
  undoRef?: Ref<HTMLButtonElement>;
  dismissRef?: Ref<HTMLButtonElement>;
}

/**
 * The snackbar after a delete. It stays until dismissed or replaced (no timer: WCAG 2.2.1 asks
 * that people get as long as they need), and the message is a live region so it is announced.
 */
export function UndoToast({
  message,
  error,
  onUndo,
  undoing,
  onDismiss,
  undoRef,
  dismissRef,
}: UndoToastProps) {
  return (
    <section className="toast-region" aria-label={strings.toast.notificationsLabel}>
      <div className={message ? 'toast' : 'toast toast-empty'}>
        <p role="status" className="toast-message">
          {message}
        </p>
        {onUndo ? (
          <button
            ref={undoRef}
            type="button"
            className="button button-primary"
            disabled={undoing}
            onClick={onUndo}
          >
            {strings.toast.undo}
          </button>
        ) : null}
        {onDismiss ? (
          <button ref={dismissRef} type="button" className="button" onClick={onDismiss}>
            {strings.dismiss}
          </button>
        ) : null}
        <ErrorAlert error={error} />
      </div>
    </section>
  );
}
