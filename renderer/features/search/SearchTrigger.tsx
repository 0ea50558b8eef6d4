import { useCallback, useEffect, useState } from 'react';
import type { SearchScope } from '../../data/use-search';
import { hasCommandModifier, modifierKeyLabel } from '../../components/shortcut-label';
import { searchStrings } from './strings';
import { SearchDialog } from './SearchDialog';
import '../../components/modal-dialog.css';
import './search.css';

/**
 * The header's search button, and Ctrl/⌘+K from anywhere in the app (the listener is on the
 * window, so it works inside the editor and form fields too).
 */
export function SearchTrigger({ scope = 'portfolio' }: { scope?: SearchScope }) {
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() === 'k' && hasCommandModifier(event) && !event.shiftKey) {
        event.preventDefault();
        setOpen(true);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const shortcut = searchStrings.shortcut(modifierKeyLabel());
  return (
    <>
      <button
        type="button"
        className="button search-trigger"
        aria-keyshortcuts="Control+K Meta+K"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {searchStrings.trigger}
        <kbd aria-hidden="true">{shortcut}</kbd>
      </button>
      <SearchDialog open={open} onClose={close} scope={scope} />
    </>
  );
}
