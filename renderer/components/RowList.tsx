import { useId, type ReactNode } from 'react';
import './list-rows.css';

export interface RowTableProps {
  /**
   * The columns of every row inside, as CSS grid tracks after the name column: "auto 8rem auto".
   * One grid for all groups, so rows line up across groups too.
   */
  columns: string;
  /** The name column's track; by default it takes the room the others leave. */
  nameColumn?: string;
  /** The list's name for screen readers when it has no group headings ("Artifacts"). */
  label?: string;
  children: ReactNode;
}

/** The grid that every RowGroup and RowList inside shares, so their columns line up. */
export function RowTable({
  columns,
  nameColumn = 'minmax(12rem, 1fr)',
  label,
  children,
}: RowTableProps) {
  return (
    <div
      className="row-table"
      role={label ? 'region' : undefined}
      aria-label={label}
      style={{ gridTemplateColumns: `${nameColumn} ${columns}` }}
    >
      {children}
    </div>
  );
}

/** A list of ListRows inside a RowTable. */
export function RowList({ children, label }: { children: ReactNode; label?: string }) {
  return (
    <ul className="row-list" aria-label={label}>
      {children}
    </ul>
  );
}

/** A titled part of a RowTable ("Session 3"), with its count beside the heading. */
export function RowGroup({
  heading,
  count,
  children,
}: {
  heading: string;
  count: number;
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <section className="row-group" aria-labelledby={headingId}>
      <h2 className="row-group-heading">
        <span id={headingId}>{heading}</span> <span className="row-group-count">{count}</span>
      </h2>
      <RowList label={heading}>{children}</RowList>
    </section>
  );
}
