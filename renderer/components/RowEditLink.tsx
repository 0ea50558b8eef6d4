import { Link } from 'react-router';
import { strings } from '../strings';

export interface RowEditLinkProps {
  to: string;
  /** The row it opens, added to the accessible name: "Edit: Budget memo" (see RowActionButton). */
  row: string;
}

/** The "Edit" link of a list row. */
export function RowEditLink({ to, row }: RowEditLinkProps) {
  return (
    <Link to={to} className="button button-quiet" aria-label={strings.rowAction(strings.edit, row)}>
      {strings.edit}
    </Link>
  );
}
