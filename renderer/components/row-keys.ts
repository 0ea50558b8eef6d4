import type { KeyboardEvent } from 'react';
import type { RowMenuItem } from './RowMenu';

/** The name links of a list's rows: the one stop per row that the arrow keys move between. */
const ROW_LINK = '.list-row .row-name-text > a';

/** The row's delete (or remove) action, when it has one it can run now. */
export function deleteActionOf(menu: readonly RowMenuItem[] | undefined): (() => void) | null {
  const item = menu?.find((entry) => entry.danger === true && entry.disabled !== true);
  return item?.onSelect ?? null;
}

function rowLinks(from: HTMLElement): HTMLElement[] {
  const list = from.closest('.row-table') ?? from.closest('.row-list');
  return list ? [...list.querySelectorAll<HTMLElement>(ROW_LINK)] : [];
}

/**
 * Keys on a row's name, as in a desktop list: ↓ and ↑ move to the next and previous row (across
 * a list's groups), Home and End to the first and last, Delete or Backspace runs the row's
 * delete, which offers Undo or asks first; Enter opens the row, as a link does.
 */
export function onRowNameKey(
  event: KeyboardEvent<HTMLElement>,
  deleteRow: (() => void) | null,
): void {
  if (event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return;
  if ((event.key === 'Delete' || event.key === 'Backspace') && deleteRow) {
    event.preventDefault();
    deleteRow();
    return;
  }
  const links = rowLinks(event.currentTarget);
  const at = links.indexOf(event.currentTarget);
  if (at < 0) return;
  const last = links.length - 1;
  const to: Partial<Record<string, number>> = {
    ArrowDown: Math.min(at + 1, last),
    ArrowUp: Math.max(at - 1, 0),
    Home: 0,
    End: last,
  };
  const target = to[event.key];
  if (target === undefined) return;
  event.preventDefault();
  links[target]?.focus();
}
