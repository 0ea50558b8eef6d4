import { NavLink } from 'react-router';
import { useConflicts } from '../data/use-conflicts';
import { shellStrings } from './strings';
import { OpenSampleButton } from './OpenSampleButton';
import { paths } from './paths';

const LINKS = [
  { to: paths.dashboard, label: shellStrings.nav.dashboard, end: true },
  { to: paths.sessions, label: shellStrings.nav.sessions, end: false },
  { to: paths.assignments, label: shellStrings.nav.assignments, end: false },
  { to: paths.reflections, label: shellStrings.nav.reflections, end: false },
  { to: paths.artifacts, label: shellStrings.nav.artifacts, end: false },
  { to: paths.evidence, label: shellStrings.nav.evidence, end: false },
  { to: paths.log, label: shellStrings.nav.log, end: false },
  { to: paths.fromMyMentor, label: shellStrings.nav.fromMyMentor, end: false },
  { to: paths.exports, label: shellStrings.nav.exports, end: false },
  { to: paths.reviewed, label: shellStrings.nav.reviewed, end: false },
  { to: paths.profile, label: shellStrings.nav.profile, end: false },
] as const;

export interface MainNavProps {
  /** Offer the sample only from the user's own portfolio. */
  showSampleButton: boolean;
}

/**
 * The left navigation; NavLink marks the current page with aria-current="page". Conflicts from a
 * merge get a link, with their number, only while there are some.
 */
export function MainNav({ showSampleButton }: MainNavProps) {
  const conflictCount = useConflicts().data?.length ?? 0;
  const links =
    conflictCount === 0
      ? LINKS
      : [
          ...LINKS.slice(0, 1),
          { to: paths.conflicts, label: shellStrings.nav.conflicts(conflictCount), end: false },
          ...LINKS.slice(1),
        ];
  return (
    <nav className="main-nav" aria-label={shellStrings.navLabel}>
      <ul>
        {links.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} end={link.end} className="nav-link">
              {link.label}
            </NavLink>
          </li>
        ))}
      </ul>
      {showSampleButton ? (
        <div className="nav-help">
          <h2 className="nav-help-heading">{shellStrings.helpHeading}</h2>
          <OpenSampleButton className="button button-quiet" />
        </div>
      ) : null}
    </nav>
  );
}
