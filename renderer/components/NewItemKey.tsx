/**
 * The N shortcut of a list page's "new" control. The control carries these props, and the app's
 * shortcut listener presses whatever control in the page carries them; the hint shows the key.
 */
export const NEW_ITEM_KEY = 'N';

/** Spread on the page's new-item button, link or file input. */
export const newItemShortcut = { 'aria-keyshortcuts': NEW_ITEM_KEY } as const;

/** The key as the control shows it, after its words. */
export function NewItemKeyHint() {
  return <kbd aria-hidden="true">{NEW_ITEM_KEY}</kbd>;
}
