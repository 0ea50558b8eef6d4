import { Link } from 'react-router';
import type { ReviewedPortfolio } from '@shared/bundle/reviewed-portfolio';
import { paths } from '../../app/paths';
import { formatDateTime } from '../../components/format-date';
import { RowActionButton } from '../../components/RowActionButton';
import { strings } from '../../strings';
import { reviewedStrings } from './strings';
import { reviewedName } from './reviewed-name';
import './reviewed.css';

export interface ReviewedPortfoliosTableProps {
  portfolios: readonly ReviewedPortfolio[];
  onRemove: (portfolio: ReviewedPortfolio) => void;
}

function DateTimeCell({ iso }: { iso: string }) {
  return (
    <td>
      <time dateTime={iso}>{formatDateTime(iso)}</time>
    </td>
  );
}

/** One row per reviewed portfolio, with its figures and the links to open or remove it. */
export function ReviewedPortfoliosTable({ portfolios, onRemove }: ReviewedPortfoliosTableProps) {
  const text = reviewedStrings;
  return (
    <div className="reviewed-table-scroll">
      <table className="reviewed-table">
        <caption className="visually-hidden">{text.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{text.name}</th>
            <th scope="col">{text.organisation}</th>
            <th scope="col">{text.cohort}</th>
            <th scope="col">{text.exported}</th>
            <th scope="col">{text.imported}</th>
            <th scope="col">{text.sessionsAttended}</th>
            <th scope="col">{text.assignmentsPassed}</th>
            <th scope="col">{text.reflections}</th>
            <th scope="col">{text.artifacts}</th>
            <th scope="col">{text.actions}</th>
          </tr>
        </thead>
        <tbody>
          {portfolios.map((portfolio) => {
            const { origin, counts } = portfolio;
            const name = reviewedName(portfolio);
            return (
              <tr key={origin.portfolioId}>
                <th scope="row">{name}</th>
                <td>{origin.organisation || strings.notSet}</td>
                <td>{origin.cohortYear ?? strings.notSet}</td>
                <DateTimeCell iso={origin.exportedAt} />
                <DateTimeCell iso={portfolio.importedAt} />
                <td>{counts.sessionsAttended}</td>
                <td>{text.assignmentsValue(counts.assignmentsPassed, counts.assignments)}</td>
                <td>{counts.reflections}</td>
                <td>{counts.artifacts}</td>
                <td>
                  <div className="reviewed-actions">
                    <Link
                      to={paths.reviewedPortfolio(origin.portfolioId)}
                      className="button"
                      aria-label={strings.rowAction(text.open, name)}
                    >
                      {text.open}
                    </Link>
                    <RowActionButton
                      action={text.remove}
                      row={name}
                      disabled={false}
                      variant="button-quiet button-danger"
                      onClick={() => onRemove(portfolio)}
                    />
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
