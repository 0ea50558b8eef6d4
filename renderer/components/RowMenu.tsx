import { useId } from 'react';
import { Link } from 'react-router';
import { strings } from '../strings';
import { useRowMenu } from './use-row-menu';
import './row-menu.css';

/** One entry of a row menu: a page to open (`to`) or an action to run (`onSelect`). */
export type RowMenuItem = { label: string; danger?: boolean; disabled?: boolean } & (
  { to: string; onSelect?: never } | { onSelect: () => void; to?: never }
);

export interface RowMenuProps {
  /** The row the menu acts on, in the button's name: "Actions: Budget memo". */
  row: string;
  items: readonly RowMenuItem[];
}

/**
 * A row's actions behind one button (the WAI-ARIA menu button pattern): Enter, Space or ↓ opens
 * on the first item, ↑ on the last; the arrows, Home and End move; Enter runs the item; Escape
 * closes and gives the focus back to the button; Tab or a click elsewhere closes.
 */
export function RowMenu({ row, items }: RowMenuProps) {
  const {
    open,
    place,
    wrapper,
    button,
    register,
    close,
    toggle,
    focused,
    dismiss,
    onButtonKey,
    onMenuKey,
  } = useRowMenu(items.length);
  const menuId = useId();
  const name = strings.rowAction(strings.rowMenu, row);
  return (
    <div className="row-menu" ref={wrapper}>
      <button
        ref={button}
        type="button"
        className="row-menu-button"
        aria-label={name}
        title={strings.rowMenu}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={toggle}
        onKeyDown={onButtonKey}
      >
        <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
          <circle cx="3" cy="8" r="1.5" />
          <circle cx="8" cy="8" r="1.5" />
          <circle cx="13" cy="8" r="1.5" />
        </svg>
      </button>
      {open ? (
        <div
          id={menuId}
          role="menu"
          tabIndex={-1}
          aria-label={name}
          className="row-menu-list"
          style={place}
          onKeyDown={onMenuKey}
        >
          {items.map((item, index) => {
            const common = {
              role: 'menuitem',
              tabIndex: -1,
              className: item.danger ? 'row-menu-item row-menu-danger' : 'row-menu-item',
              ref: register(index),
              onFocus: () => focused(index),
            } as const;
            return item.to !== undefined ? (
              <Link key={item.label} {...common} to={item.to} onClick={dismiss}>
                {item.label}
              </Link>
            ) : (
              <button
                key={item.label}
                {...common}
                type="button"
                aria-disabled={item.disabled || undefined}
                onClick={() => {
                  if (item.disabled) return;
                  close();
                  item.onSelect();
                }}
              >
                {item.label}
              </button>
            );
          })}
        </div>
      ) : null}
    </div>
  );
}
