import { NavLink } from 'react-router';
import { strings } from '../strings';
import { OpenSampleButton } from './OpenSampleButton';
import { paths } from './paths';

const LINKS = [
  { to: paths.dashboard, label: strings.shell.nav.dashboard, end: true },
  { to: paths.sessions, label: strings.shell.nav.sessions, end: false },
  { to: paths.assignments, label: strings.shell.nav.assignments, end: false },
  { to: paths.reflections, label: strings.shell.nav.reflections, end: false },
  { to: paths.artifacts, label: strings.shell.nav.artifacts, end: false },
  { to: paths.evidence, label: strings.shell.nav.evidence, end: false },
  { to: paths.log, label: strings.shell.nav.log, end: false },
  { to: paths.exports, label: strings.shell.nav.exports, end: false },
  { to: paths.profile, label: strings.shell.nav.profile, end: false },
] as const;

export interface MainNavProps {
  /** Offer the sample only from the user's own portfolio. */
  showSampleButton: boolean;
}

/** The left navigation; NavLink marks the current page with aria-current="page". */
export function MainNav({ showSampleButton }: MainNavProps) {
  return (
    <nav className="main-nav" aria-label={strings.shell.navLabel}>
      <ul>
        {LINKS.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} end={link.end} className="nav-link">
              {link.label}
            </NavLink>
          </li>
        ))}
      </ul>
      {showSampleButton ? (
        <div className="nav-help">
          <h2 className="nav-help-heading">{strings.shell.helpHeading}</h2>
          <OpenSampleButton className="button button-quiet" />
        </div>
      ) : null}
    </nav>
  );
}
