import type { LucideIcon } from 'lucide-react';
import { NavLink } from 'react-router';
import { goToKeysLabel } from './shortcut-label';

export interface NavLinkItem {
  to: string;
  label: string;
  /** Current only on this exact path (a dashboard), not below it. */
  end: boolean;
  /** The picture that stands for the page when the sidebar is narrow. */
  icon?: LucideIcon;
  /** The letter after G that opens the page from anywhere ("a" for Assignments). */
  goKey?: string;
}

/**
 * A list of navigation links, the current one marked by NavLink (aria-current). The label stays
 * the link's text for screen readers in every width; a narrow sidebar shows it, with the link's
 * shortcut, as a tooltip on hover and focus (CSS), and a wide one shows the shortcut then.
 */
export function NavLinkList({
  items,
  labelledBy,
}: {
  items: readonly NavLinkItem[];
  labelledBy?: string | undefined;
}) {
  return (
    <ul aria-labelledby={labelledBy}>
      {items.map(({ to, end, label, icon: Icon, goKey }) => (
        <li key={to}>
          <NavLink to={to} end={end} className="nav-link">
            {Icon ? <Icon className="nav-icon" aria-hidden="true" focusable="false" /> : null}
            <span className="nav-label">
              {label}
              {goKey ? (
                <kbd className="nav-shortcut" aria-hidden="true">
                  {goToKeysLabel(goKey)}
                </kbd>
              ) : null}
            </span>
          </NavLink>
        </li>
      ))}
    </ul>
  );
}
