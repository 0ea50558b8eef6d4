import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import { NEW_ITEM_KEY } from '../../components/NewItemKey';
import type { NavItem } from '../nav-groups';
import { isTypingTarget, NO_SEQUENCE, readShortcutKey, type ShortcutCommand } from './key-sequence';

/**
 * A list page's "new" control carries aria-keyshortcuts="N" (which also tells screen readers);
 * N presses it, so a page takes part by marking its button, not by registering a handler.
 */
const NEW_ITEM_CONTROL = `main [aria-keyshortcuts="${NEW_ITEM_KEY}"]`;

/**
 * Listens for the app's single-key shortcuts (key-sequence.ts) anywhere but in a field being
 * typed in, with no modifier held, and while no dialog is open: `?` calls `onHelp`, `N` presses
 * the page's new-item control, `G` then a letter opens that page of `goTo`.
 */
export function useAppShortcuts(goTo: readonly NavItem[], onHelp: () => void): void {
  const navigate = useNavigate();
  const sequence = useRef(NO_SEQUENCE);
  // The latest pages and help without re-adding the listener on every render.
  const latest = useRef({ goTo, onHelp });
  useEffect(() => {
    latest.current = { goTo, onHelp };
  });

  useEffect(() => {
    const run = (command: ShortcutCommand) => {
      if (command.kind === 'help') latest.current.onHelp();
      else if (command.kind === 'new')
        document.querySelector<HTMLElement>(NEW_ITEM_CONTROL)?.click();
      else {
        const page = latest.current.goTo.find((item) => item.goKey === command.letter);
        if (page) void navigate(page.to);
      }
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
      if (event.defaultPrevented || isTypingTarget(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      const reading = readShortcutKey(sequence.current, event.key, event.timeStamp);
      sequence.current = reading.next;
      if (reading.command) {
        event.preventDefault();
        run(reading.command);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [navigate]);
}
