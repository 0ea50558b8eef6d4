import { Link } from 'react-router';
import { NavLinkList } from '../../components/NavLinkList';
import type { Portfolio } from '@shared/domain/portfolio';
import { paths } from '../../app/paths';
import { SearchTrigger } from '../search/SearchTrigger';
import { ExportReviewButton } from '../review-layer/export/ExportReviewButton';
import { useScopedPaths } from '../review-scope/use-scoped-paths';
import { candidateViewStrings as text } from './strings';

/**
 * Above every screen of a candidate's copy: whose portfolio it is, the way back to My
 * candidates, the candidate's own sections, and the search (Ctrl/⌘+K searches this candidate).
 */
export function CandidateHeader({ portfolio }: { portfolio: Portfolio }) {
  const scoped = useScopedPaths();
  const name = portfolio.profile.name || text.unnamed;
  const links = [
    { to: scoped.dashboard, label: text.nav.dashboard, end: true },
    { to: scoped.sessions, label: text.nav.sessions, end: false },
    { to: scoped.assignments, label: text.nav.assignments, end: false },
    { to: scoped.reflections, label: text.nav.reflections, end: false },
    { to: scoped.artifacts, label: text.nav.artifacts, end: false },
    { to: scoped.evidence, label: text.nav.evidence, end: false },
    { to: scoped.log, label: text.nav.log, end: false },
    // The reviewer's own pages about this candidate.
    { to: paths.candidateChanges(portfolio.portfolioId), label: text.nav.changes, end: false },
    { to: paths.candidateWorkStudy(portfolio.portfolioId), label: text.nav.workStudy, end: false },
    { to: paths.candidateReports(portfolio.portfolioId), label: text.nav.reports, end: false },
  ];
  return (
    <div className="candidate-header">
      <div className="candidate-header-top">
        <p className="candidate-name">
          <span className="muted">{text.headerLabel}:</span> <strong>{name}</strong>
          {portfolio.profile.organisation ? ` · ${portfolio.profile.organisation}` : ''}
        </p>
        <Link to={paths.candidates} className="button button-quiet">
          {text.back}
        </Link>
        <SearchTrigger />
      </div>
      <ExportReviewButton portfolioId={portfolio.portfolioId} candidateName={name} />
      <p className="muted candidate-read-only">{text.readOnlyNote}</p>
      <nav className="candidate-nav" aria-label={text.portfolioOf(name)}>
        <NavLinkList items={links} />
      </nav>
    </div>
  );
}
