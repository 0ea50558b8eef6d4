import { Fragment } from 'react';
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

/** A section's heading level: under the dialog's h2 title, or under a page's h1. */
type Level = 2 | 3;

function ShortcutSection({
  heading,
  level,
  lines,
}: {
  heading: string;
  level: Level;
  lines: ShortcutLine[];
}) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className="shortcut-section">
      <Heading className="shortcut-heading">{heading}</Heading>
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

/** Every shortcut, in short sections: anywhere, going to a page, in a list, in a dialog. */
export function ShortcutSections({ goTo, level }: { goTo: readonly NavItem[]; level: Level }) {
  const then = ` ${text.then} `;
  return (
    <div className="shortcut-sections">
      <ShortcutSection
        level={level}
        heading={text.general}
        lines={[
          { keys: ['?'], does: text.showShortcuts },
          { keys: [modifierKeyLabel(), 'K'], joiner: '+', does: text.search },
          { keys: ['N'], does: text.newItem },
        ]}
      />
      <ShortcutSection
        level={level}
        heading={text.goTo}
        lines={goTo.map((item) => ({
          keys: ['G', (item.goKey ?? '').toUpperCase()],
          joiner: then,
          does: item.label,
        }))}
      />
      <ShortcutSection
        level={level}
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
        level={level}
        heading={text.dialogs}
        lines={[{ keys: ['Esc'], does: text.closeDialog }]}
      />
    </div>
  );
}
