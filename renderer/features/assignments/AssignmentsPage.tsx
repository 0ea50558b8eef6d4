import { NewItemKeyHint, newItemShortcut } from '../../components/NewItemKey';
import { Link } from 'react-router';
import { useAddressFilters } from '../../forms/search-params';
import type { Assignment } from '@shared/domain/assignment';
import { useScopedPaths } from '../review-scope/use-scoped-paths';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Page } from '../../components/Page';
import { RowGroup, RowTable } from '../../components/RowList';
import { sessionLabel } from '@shared/domain/session';
import { useDeleteWithUndo } from '../../components/use-delete-with-undo';
import { useReceivedReviews } from '../../data/use-received-reviews';
import { withEffectiveStatuses } from '@shared/review/effective-status';
import { liveAssignments, liveSessions } from '../../data/live-records';
import { useLoadedPortfolio } from '../../data/use-loaded-portfolio';
import { useToday } from '../../data/use-today';
import { assignmentStrings } from './strings';
import { AssignmentFilterBar } from './AssignmentFilterBar';
import { ASSIGNMENT_COLUMNS, AssignmentRow } from './AssignmentRow';
import { groupBySession } from './assignment-groups';
import { filtersFromSearch, matchesFilters, searchOfFilters } from './assignment-filters';
import { EditOnly } from '../../components/EditOnly';

/**
 * All assignments by session in program order, one line each, filterable. The filters live
 * in the address, so a link (the dashboard's "All N overdue assignments") opens the list filtered
 * and Back from an assignment returns to the same list.
 */
export function AssignmentsPage() {
  const paths = useScopedPaths();
  const portfolio = useLoadedPortfolio();
  const today = useToday();
  const [filters, setFilters] = useAddressFilters(filtersFromSearch, searchOfFilters);
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
          <Link to={paths.newAssignment} className="button button-primary" {...newItemShortcut}>
            {text.create} <NewItemKeyHint />
          </Link>
        </EditOnly>
      }
    >
      <div className="list-stack">
        <AssignmentFilterBar
          filters={filters}
          sessions={liveSessions(portfolio)}
          assignments={all}
          today={today}
          summary={text.count(shown.length, all.length)}
          onChange={setFilters}
        />
        <ErrorAlert error={deleteWithUndo.error} />
        {shown.length === 0 ? (
          <p>{text.none}</p>
        ) : (
          <RowTable columns={ASSIGNMENT_COLUMNS}>
            {groupBySession(shown).map((group) => (
              <RowGroup
                key={group.session ?? 'none'}
                heading={group.session === null ? text.noSession : sessionLabel(group.session)}
                count={group.assignments.length}
              >
                {group.assignments.map((assignment) => (
                  <AssignmentRow
                    key={assignment.id}
                    assignment={assignment}
                    today={today}
                    deleting={deleteWithUndo.isPending}
                    onDelete={(record) => void deleteWithUndo.remove(record)}
                  />
                ))}
              </RowGroup>
            ))}
          </RowTable>
        )}
      </div>
    </Page>
  );
}
