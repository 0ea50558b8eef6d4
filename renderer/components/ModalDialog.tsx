import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useEscapeKey } from './use-escape-key';
import './modal-dialog.css';

export interface ModalDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  /** Extra class beside "modal-dialog". */
  className?: string;
  /**
   * What Escape does. Null while closing is not safe (an import being committed): Escape then
   * does nothing, and the dialog stays until the work ends.
   */
  onClose: (() => void) | null;
}

const FOCUSABLE = 'button:not(:disabled), input:not(:disabled), a[href], [tabindex="0"]';

/**
 * A native modal <dialog>: the browser keeps focus inside and makes the page behind it inert.
 * The dialog follows `open` (React owns it, so the browser's own Escape-close is turned into
 * `onClose`), and focus goes back to where it was when it closes, or to the main content when
 * that control is gone.
 */
export function ModalDialog({ open, title, children, className, onClose }: ModalDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const close = () => onClose?.();
  useEscapeKey(dialogRef, close);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog || !open) return;
    const returnTo = document.activeElement;
    if (!dialog.open) dialog.showModal();
    // Browsers focus the first control on showModal; where one does not, do it here.
    if (!dialog.contains(document.activeElement)) {
      dialog.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    }
    // On closing and on unmounting alike.
    return () => {
      if (dialog.open) dialog.close();
      if (returnTo instanceof HTMLElement && returnTo.isConnected && returnTo !== document.body)
        returnTo.focus();
      else document.querySelector<HTMLElement>('main')?.focus();
    };
  }, [open]);

  return (
    <dialog
      ref={dialogRef}
      className={className ? `modal-dialog ${className}` : 'modal-dialog'}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
    >
      {open ? (
        <>
          <h2 id={titleId} className="modal-dialog-title">
            {title}
          </h2>
          {children}
        </>
      ) : null}
    </dialog>
  );
}
