import { FlaskConical } from 'lucide-react';
import { useId } from 'react';
import { NavLinkList } from '../components/NavLinkList';
import { useNavGroups } from './use-nav-groups';
import { shellStrings } from './strings';
import { OpenSampleButton } from './OpenSampleButton';
import './main-nav.css';

export interface MainNavProps {
  /** Offer the sample only from the user's own portfolio. */
  showSampleButton: boolean;
}

/**
 * The left navigation, following the user's roles (see navGroups); NavLink marks the current
 * page with aria-current="page". A group's heading names its list for screen readers too.
 */
export function MainNav({ showSampleButton }: MainNavProps) {
  const groups = useNavGroups();
  const headingId = useId();
  return (
    <nav className="main-nav" aria-label={shellStrings.navLabel}>
      {groups.map((group, index) => (
        <div key={group.heading ?? index} className="nav-group">
          {group.heading ? (
            <h2 id={`${headingId}-${index}`} className="nav-help-heading">
              {group.heading}
            </h2>
          ) : null}
          <NavLinkList
            items={group.items}
            labelledBy={group.heading ? `${headingId}-${index}` : undefined}
          />
        </div>
      ))}
      {showSampleButton ? (
        <div className="nav-help">
          <h2 className="nav-help-heading">{shellStrings.helpHeading}</h2>
          <OpenSampleButton className="button button-quiet nav-link" icon={FlaskConical} />
        </div>
      ) : null}
    </nav>
  );
}
