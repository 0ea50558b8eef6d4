import { NavLink } from 'react-router';

export interface NavLinkItem {
  to: string;
  label: string;
  /** Current only on this exact path (a dashboard), not below it. */
  end: boolean;
}

/** A list of navigation links, the current one marked by NavLink (aria-current). */
export function NavLinkList({
  items,
  labelledBy,
}: {
  items: readonly NavLinkItem[];
  labelledBy?: string | undefined;
}) {
  return (
    <ul aria-labelledby={labelledBy}>
      {items.map((link) => (
        <li key={link.to}>
          <NavLink to={link.to} end={link.end} className="nav-link">
            {link.label}
          </NavLink>
        </li>
      ))}
    </ul>
  );
}
