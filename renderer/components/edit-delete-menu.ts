import { strings } from '../strings';
import type { RowMenuItem } from './RowMenu';

export interface EditDeleteMenuOptions {
  /** The record's page, where Edit leads. */
  editTo: string;
  /** While a delete is under way, Delete waits. */
  deleting: boolean;
  onDelete: () => void;
  /** Steps between Edit and Delete (an assignment's next statuses). */
  between?: readonly RowMenuItem[];
}

/** A record row's menu: Edit, any steps of its own, then Delete (which offers Undo). */
export function editDeleteMenu({
  editTo,
  deleting,
  onDelete,
  between = [],
}: EditDeleteMenuOptions): RowMenuItem[] {
  return [
    { label: strings.edit, to: editTo },
    ...between,
    { label: strings.delete, danger: true, disabled: deleting, onSelect: onDelete },
  ];
}
