import { Keyboard } from 'lucide-react';
import { useCallback, useState } from 'react';
import { goToItems } from '../nav-groups';
import { useNavGroups } from '../use-nav-groups';
import { shortcutStrings as text } from './strings';
import { ShortcutsDialog } from './ShortcutsDialog';
import { useAppShortcuts } from './use-app-shortcuts';

/**
 * The app's keyboard shortcuts: listens for them, and offers their list from the header (a
 * button that names its own key, `?`), so they can be found without knowing one.
 */
export function KeyboardShortcuts() {
  const [open, setOpen] = useState(false);
  const show = useCallback(() => setOpen(true), []);
  const close = useCallback(() => setOpen(false), []);
  const goTo = goToItems(useNavGroups());
  useAppShortcuts(goTo, show);
  return (
    <>
      <button
        type="button"
        className="button button-quiet shortcuts-trigger"
        aria-label={text.buttonLabel}
        aria-keyshortcuts="?"
        aria-haspopup="dialog"
        onClick={show}
      >
        <Keyboard className="button-icon" aria-hidden="true" focusable="false" />
        <kbd aria-hidden="true">?</kbd>
      </button>
      <ShortcutsDialog open={open} onClose={close} goTo={goTo} />
    </>
  );
}
