import { strings } from '../strings';

export interface RowActionButtonProps {
  /** What the button does, as shown: "Delete", "Mark as Submitted". */
  action: string;
  /** Shorter words to show, where the row says the rest ("→ Submitted"); `action` still names it. */
  shown?: string | undefined;
  /** The row it acts on, added to the accessible name: "Delete: Budget memo". */
  row: string;
  disabled: boolean;
  /** Extra classes beside "button" (e.g. "button-quiet button-danger"). */
  variant?: string | undefined;
  onClick: () => void;
}

/**
 * A button of a list row, named with its row so a screen reader's list of controls tells the
 * rows apart. An aria-label rather than visually hidden text: Chromium puts a space before an
 * absolutely positioned span ("Delete : Budget memo").
 */
export function RowActionButton({
  action,
  shown,
  row,
  disabled,
  variant,
  onClick,
}: RowActionButtonProps) {
  return (
    <button
      type="button"
      className={variant ? `button ${variant}` : 'button'}
      disabled={disabled}
      aria-label={strings.rowAction(action, row)}
      onClick={onClick}
    >
      {shown ?? action}
    </button>
  );
}
