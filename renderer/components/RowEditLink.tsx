import { Link } from 'react-router';
import { useReadOnly } from '../data/use-app-info';
import { strings } from '../strings';

export interface RowEditLinkProps {
  to: string;
  /** The row it opens, added to the accessible name: "Edit: Budget memo" (see RowActionButton). */
  row: string;
}

/** The "Edit" link of a list row. */
export function RowEditLink({ to, row }: RowEditLinkProps) {
  // In a read-only portfolio the same page opens to be read.
  const action = useReadOnly() ? strings.open : strings.edit;
  return (
    <Link to={to} className="button button-quiet" aria-label={strings.rowAction(action, row)}>
      {action}
    </Link>
  );
}
