import { useId } from 'react';
import { Link } from 'react-router';
import {
  CHANGE_KINDS,
  type ChangeKind,
  type PortfolioChange,
} from '@shared/review/portfolio-changes';
import { changeLink } from './change-link';
import { candidatesStrings as text } from './strings';

function ChangeGroup({
  portfolioId,
  kind,
  changes,
}: {
  portfolioId: string;
  kind: ChangeKind;
  changes: readonly PortfolioChange[];
}) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="change-group">
      <h2 id={headingId}>
        {text.kinds[kind]} ({changes.length})
      </h2>
      <ul className="change-list">
        {changes.map((change) => (
          <li key={change.id}>
            <span className={`badge change-badge change-${change.what}`}>
              {text.what[change.what]}
            </span>{' '}
            {change.what === 'deleted' ? (
              <span>{change.title}</span>
            ) : (
              <Link to={changeLink(portfolioId, kind, change.id)}>{change.title}</Link>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The changes grouped by kind, in the order the candidate's navigation has them. */
export function ChangeGroups({
  portfolioId,
  changes,
}: {
  portfolioId: string;
  changes: readonly PortfolioChange[];
}) {
  return (
    <>
      {CHANGE_KINDS.map((kind) => {
        const ofKind = changes.filter((change) => change.kind === kind);
        return ofKind.length === 0 ? null : (
          <ChangeGroup key={kind} portfolioId={portfolioId} kind={kind} changes={ofKind} />
        );
      })}
    </>
  );
}
