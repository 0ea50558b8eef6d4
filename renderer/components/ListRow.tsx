import { useId, type ReactNode } from 'react';
import { Link } from 'react-router';
import { RowMenu, type RowMenuItem } from './RowMenu';
import { deleteActionOf, onRowNameKey } from './row-keys';

export interface ListRowProps {
  /** The row's name for people and screen readers ("Budget memo"); also its full text on hover. */
  name: string;
  /** Where the name leads (the record's page); none for a row that opens nothing. */
  to?: string | undefined;
  /** What the row shows as its name when it differs from `name`. */
  title?: ReactNode;
  /** Marks after the name (a reviewer's "New" badge). */
  marks?: ReactNode;
  /** The row's other columns, each a <RowCell>, in the list's column order. */
  children?: ReactNode;
  /**
   * The one-click next step, shown over the end of the name while the pointer is on the row or
   * the focus in it: it takes no column, so the names keep their room.
   */
  quick?: ReactNode;
  /** The row's actions behind its menu button; leave out for a list without a menu column. */
  menu?: readonly RowMenuItem[] | undefined;
  /** A line under the row across every column (an error from its quick step). */
  note?: ReactNode;
  /** An extra class for a row that stands out ("urgency-overdue"). */
  className?: string | undefined;
}

/**
 * One record of a list as one compact line: the name (a link, with the quick step over its end on
 * hover or focus), the columns, then the menu. Its columns come from the RowList around it, so every row of a list lines up.
 */
export function ListRow({
  name,
  to,
  title,
  marks,
  children,
  quick,
  menu,
  note,
  className,
}: ListRowProps) {
  const nameId = useId();
  const deleteRow = deleteActionOf(menu);
  return (
    <li className={className ? `list-row ${className}` : 'list-row'} aria-labelledby={nameId}>
      <span className="row-name">
        <span id={nameId} className="row-name-text">
          {to === undefined ? (
            <span title={name}>{title ?? name}</span>
          ) : (
            <Link
              to={to}
              title={name}
              aria-keyshortcuts={deleteRow ? 'Delete' : undefined}
              onKeyDown={(event) => onRowNameKey(event, deleteRow)}
            >
              {title ?? name}
            </Link>
          )}
          {marks}
        </span>
        {quick ? <span className="row-quick">{quick}</span> : null}
      </span>
      {children}
      {menu === undefined ? null : (
        <span className="row-actions">
          {menu.length > 0 ? <RowMenu row={name} items={menu} /> : null}
        </span>
      )}
      {note ? <div className="row-note">{note}</div> : null}
    </li>
  );
}

/** One column of a ListRow; `muted` for the quieter facts. */
export function RowCell({
  children,
  muted = false,
  className,
}: {
  children: ReactNode;
  muted?: boolean;
  className?: string;
}) {
  const classes = ['row-cell', muted ? 'muted' : '', className ?? ''].filter(Boolean).join(' ');
  return <span className={classes}>{children}</span>;
}
