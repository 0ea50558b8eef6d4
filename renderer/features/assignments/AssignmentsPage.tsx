import { Link, useSearchParams } from 'react-router';
import type { Assignment } from '@shared/domain/assignment';
import { useScopedPaths } from '../review-scope/use-scoped-paths';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Page } from '../../components/Page';
import { useDeleteWithUndo } from '../../components/use-delete-with-undo';
import { useReceivedReviews } from '../../data/use-received-reviews';
import { withEffectiveStatuses } from '@shared/review/effective-status';
import { liveAssignments, liveSessions } from '../../data/live-records';
import { useLoadedPortfolio } from '../../data/use-loaded-portfolio';
import { useToday } from '../../data/use-today';
import { assignmentStrings } from './strings';
import { AssignmentFilterBar } from './AssignmentFilterBar';
import { AssignmentRow } from './AssignmentRow';
import {
  filtersFromSearch,
  matchesFilters,
  searchOfFilters,
  type AssignmentFilters,
} from './assignment-filters';
import { EditOnly } from '../../components/EditOnly';

/**
 * All assignments, filterable, each with its next status step, edit and delete. The filters live
 * in the address, so a link (the dashboard's "All N overdue assignments") opens the list filtered
 * and Back from an assignment returns to the same list.
 */
export function AssignmentsPage() {
  const paths = useScopedPaths();
  const portfolio = useLoadedPortfolio();
  const today = useToday();
  const [search, setSearch] = useSearchParams();
  const filters = filtersFromSearch(search);
  const setFilters = (next: AssignmentFilters) =>
    setSearch(searchOfFilters(next), { replace: true });
  const deleteWithUndo = useDeleteWithUndo<Assignment>('assignment', {
    deleted: (a) => assignmentStrings.deleted(a.title),
    restored: (a) => assignmentStrings.restored(a.title),
  });
  // Statuses as the candidate sees them: a reviewer's newer grade shows (effective-status.ts).
  const { reviews } = useReceivedReviews();
  const all = liveAssignments(withEffectiveStatuses(portfolio, reviews));
  const shown = all.filter((assignment) => matchesFilters(assignment, filters, today));
  const text = assignmentStrings;
  return (
    <Page
      title={text.title}
      actions={
        <EditOnly>
          <Link to={paths.newAssignment} className="button button-primary">
            {text.create}
          </Link>
        </EditOnly>
      }
    >
      <AssignmentFilterBar
        filters={filters}
        sessions={liveSessions(portfolio)}
        onChange={setFilters}
      />
      <p role="status" className="muted">
        {text.count(shown.length, all.length)}
      </p>
      <ErrorAlert error={deleteWithUndo.error} />
      {shown.length === 0 ? (
        <p>{text.none}</p>
      ) : (
        <ul className="card-list">
          {shown.map((assignment) => (
            <AssignmentRow
              key={assignment.id}
              assignment={assignment}
              today={today}
              deleting={deleteWithUndo.isPending}
              onDelete={(record) => void deleteWithUndo.remove(record)}
            />
          ))}
        </ul>
      )}
    </Page>
  );
}
