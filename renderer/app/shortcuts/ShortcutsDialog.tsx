import type { ReactNode } from 'react';
import { ModalDialog } from '../../components/ModalDialog';
import type { NavItem } from '../nav-groups';
import { ShortcutSections } from './ShortcutSections';
import { shortcutStrings as text } from './strings';

export interface ShortcutsDialogProps {
  open: boolean;
  onClose: () => void;
  /** The pages of this user's navigation that G then a letter opens. */
  goTo: readonly NavItem[];
}

/** The list of every keyboard shortcut, for this user's pages; `?` or the header's button opens it. */
export function ShortcutsDialog({ open, onClose, goTo }: ShortcutsDialogProps): ReactNode {
  return (
    <ModalDialog open={open} title={text.title} className="shortcuts-dialog" onClose={onClose}>
      <p className="muted">{text.intro}</p>
      <ShortcutSections level={3} goTo={goTo} />
      <div className="form-actions">
        <button type="button" className="button" onClick={onClose}>
          {text.close}
        </button>
      </div>
    </ModalDialog>
  );
}
