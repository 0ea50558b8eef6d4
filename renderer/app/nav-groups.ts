import type { NavLinkItem } from '../components/NavLinkList';
import type { RoleView } from '../features/identity/role-view';
import { paths } from './paths';
import { shellStrings } from './strings';

/** A link of the left navigation. */
export type NavItem = NavLinkItem;

export interface NavGroup {
  /** Shown only when there are two groups of pages (a reviewer who is also a candidate). */
  heading: string | null;
  items: NavItem[];
}

const nav = shellStrings.nav;
const item = (to: string, label: string, end = false): NavItem => ({ to, label, end });

/** The candidate's own pages; merge conflicts get a link, with their number, only while any. */
function candidateItems(conflictCount: number): NavItem[] {
  return [
    item(paths.dashboard, nav.dashboard, true),
    ...(conflictCount > 0 ? [item(paths.conflicts, nav.conflicts(conflictCount))] : []),
    item(paths.sessions, nav.sessions),
    item(paths.assignments, nav.assignments),
    item(paths.reflections, nav.reflections),
    item(paths.artifacts, nav.artifacts),
    item(paths.evidence, nav.evidence),
    item(paths.log, nav.log),
    item(paths.fromMyMentor, nav.fromMyMentor),
    item(paths.exports, nav.exports),
  ];
}

/**
 * The navigation the user's roles call for: a candidate's pages, a reviewer's, or both in two
 * named groups; Profile (where roles change) is always last.
 */
export function navGroups(view: RoleView, conflictCount: number): NavGroup[] {
  const profile = item(paths.profile, nav.profile);
  const candidate = view.candidatePages ? candidateItems(conflictCount) : [];
  const reviewer = view.reviewerPages ? [item(paths.candidates, nav.candidates)] : [];
  if (candidate.length > 0 && reviewer.length > 0) {
    return [
      { heading: nav.candidateGroup, items: candidate },
      { heading: nav.reviewerGroup, items: reviewer },
      { heading: null, items: [profile] },
    ];
  }
  return [{ heading: null, items: [...candidate, ...reviewer, profile] }];
}
