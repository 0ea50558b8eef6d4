import { Fragment, type ReactNode } from 'react';
import { ModalDialog } from '../../components/ModalDialog';
import { modifierKeyLabel } from '../../components/shortcut-label';
import type { NavItem } from '../nav-groups';
import { shortcutStrings as text } from './strings';
import './shortcuts.css';

/** One shortcut: its keys (each a <kbd>, joined by `joiner`) and what it does. */
interface ShortcutLine {
  keys: readonly string[];
  joiner?: string | undefined;
  does: string;
}

function Keys({ keys, joiner = ' ' }: Pick<ShortcutLine, 'keys' | 'joiner'>) {
  return keys.map((key, index) => (
    <Fragment key={key}>
      {index > 0 ? joiner : null}
      <kbd>{key}</kbd>
    </Fragment>
  ));
}

function ShortcutSection({ heading, lines }: { heading: string; lines: ShortcutLine[] }) {
  return (
    <section className="shortcut-section">
      <h3>{heading}</h3>
      <dl className="shortcut-list">
        {lines.map((line) => (
          <div key={line.does} className="shortcut-line">
            <dt>
              <Keys keys={line.keys} joiner={line.joiner} />
            </dt>
            <dd>{line.does}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export interface ShortcutsDialogProps {
  open: boolean;
  onClose: () => void;
  /** The pages of this user's navigation that G then a letter opens. */
  goTo: readonly NavItem[];
}

/** The list of every keyboard shortcut, for this user's pages; `?` or the header's button opens it. */
export function ShortcutsDialog({ open, onClose, goTo }: ShortcutsDialogProps): ReactNode {
  const then = ` ${text.then} `;
  return (
    <ModalDialog open={open} title={text.title} className="shortcuts-dialog" onClose={onClose}>
      <p className="muted">{text.intro}</p>
      <div className="shortcut-sections">
        <ShortcutSection
          heading={text.general}
          lines={[
            { keys: ['?'], does: text.showShortcuts },
            { keys: [modifierKeyLabel(), 'K'], joiner: '+', does: text.search },
            { keys: ['N'], does: text.newItem },
          ]}
        />
        <ShortcutSection
          heading={text.goTo}
          lines={goTo.map((item) => ({
            keys: ['G', (item.goKey ?? '').toUpperCase()],
            joiner: then,
            does: item.label,
          }))}
        />
        <ShortcutSection
          heading={text.lists}
          lines={[
            { keys: ['↓', '↑'], does: text.moveRows },
            { keys: ['Home', 'End'], does: text.firstLast },
            { keys: ['Enter'], does: text.openRow },
            { keys: ['Delete'], does: text.deleteRow },
            { keys: ['Enter', '↓'], joiner: ' or ', does: text.rowMenu },
          ]}
        />
        <ShortcutSection
          heading={text.dialogs}
          lines={[{ keys: ['Esc'], does: text.closeDialog }]}
        />
      </div>
      <div className="form-actions">
        <button type="button" className="button" onClick={onClose}>
          {text.close}
        </button>
      </div>
    </ModalDialog>
  );
}
