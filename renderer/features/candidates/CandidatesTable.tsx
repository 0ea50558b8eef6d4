import { PROGRAM_SESSION_COUNT } from '@shared/domain/session';
import { monthLabel } from '@shared/review/report-month';
import { useState } from 'react';
import { Link } from 'react-router';
import type { CandidateRow } from '@shared/contract/candidates-channels';
import { paths } from '../../app/paths';
import { formatDate } from '../../components/format-date';
import { RowMenu } from '../../components/RowMenu';
import { candidateName } from './candidate-name';
import { candidatesStrings as text } from './strings';
import {
  SORT_KEYS,
  nextOrder,
  sortCandidates,
  type SortKey,
  type SortOrder,
} from './sort-candidates';

export interface CandidatesTableProps {
  rows: readonly CandidateRow[];
  onRemove: (row: CandidateRow) => void;
}

function SortHeader({
  column,
  order,
  onSort,
}: {
  column: SortKey;
  order: SortOrder;
  onSort: (key: SortKey) => void;
}) {
  const sorted = order.key === column ? order.direction : undefined;
  return (
    <th scope="col" aria-sort={sorted ?? 'none'}>
      <button type="button" className="sort-button" onClick={() => onSort(column)}>
        {text.columns[column]}
        <span aria-hidden="true" className="sort-mark">
          {sorted === 'ascending' ? ' ▲' : sorted === 'descending' ? ' ▼' : ''}
        </span>
      </button>
    </th>
  );
}

function CandidateTableRow({ row, onRemove }: { row: CandidateRow; onRemove: () => void }) {
  const name = candidateName(row);
  const bundleDate = row.latestBundleAt.slice(0, 10);
  return (
    <tr className={row.stale ? 'candidate-stale' : undefined}>
      <th scope="row" className="candidate-name">
        <Link to={paths.candidate(row.portfolioId)} className="link-quiet" title={name}>
          {name}
        </Link>
      </th>
      <td className="candidate-district">{row.organisation || text.noValue}</td>
      <td>{row.cohortYear ?? text.noValue}</td>
      {/* Both counts as "N of M", as the candidate's own dashboard says them. */}
      <td>{text.passedValue(row.sessionsAttended, PROGRAM_SESSION_COUNT)}</td>
      <td>{text.passedValue(row.assignmentsPassed, row.assignmentsTotal)}</td>
      <td>{row.overdue > 0 ? <span className="badge badge-overdue">{row.overdue}</span> : 0}</td>
      <td>
        <time dateTime={bundleDate}>{formatDate(bundleDate)}</time>
        {row.stale ? (
          <span className="badge badge-due-soon candidate-stale-badge">{text.stale}</span>
        ) : null}
      </td>
      <td>
        <Link
          to={paths.candidateChanges(row.portfolioId)}
          aria-label={text.changesLinkLabel(row.changesSinceLastLook, name)}
        >
          {text.changesLink(row.changesSinceLastLook)}
        </Link>
      </td>
      <td className="candidate-report">
        {text.reportDue(monthLabel(row.nextReport.month), formatDate(row.nextReport.due))}
        <span className="muted">{text.lastReport[row.lastReportState ?? 'none']}</span>
      </td>
      <td>
        <RowMenu
          row={name}
          items={[
            { label: text.openChanges, to: paths.candidateChanges(row.portfolioId) },
            { label: text.remove, danger: true, onSelect: onRemove },
          ]}
        />
      </td>
    </tr>
  );
}

/**
 * One row per candidate. Each column heading is a button (Enter or Space sorts by it, again
 * turns the order round) and the heading says how the table is sorted with aria-sort.
 */
export function CandidatesTable({ rows, onRemove }: CandidatesTableProps) {
  const [order, setOrder] = useState<SortOrder>({ key: 'name', direction: 'ascending' });
  const sorted = sortCandidates(rows, order);
  const onSort = (key: SortKey) => setOrder((current) => nextOrder(current, key));
  return (
    <div className="candidates-table-scroll">
      <table className="candidates-table">
        <caption className="visually-hidden">{text.caption}</caption>
        <thead>
          <tr>
            {SORT_KEYS.map((key) => (
              <SortHeader key={key} column={key} order={order} onSort={onSort} />
            ))}
            <th scope="col">
              <span className="visually-hidden">{text.actions}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <CandidateTableRow key={row.portfolioId} row={row} onRemove={() => onRemove(row)} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
