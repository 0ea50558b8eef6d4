import {
  ArrowLeftRight,
  CalendarDays,
  CircleUser,
  GitMerge,
  Inbox,
  LayoutDashboard,
  ListChecks,
  Map,
  MessagesSquare,
  NotebookPen,
  Paperclip,
  Users,
} from 'lucide-react';
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

/**
 * The candidate's own pages; merge conflicts get a link, with their number, only while any.
 * Each page's letter is the second key of its "G then letter" shortcut: the first letter of its
 * name where that is free, so people can guess it.
 */
function candidateItems(conflictCount: number): NavItem[] {
  return [
    { to: paths.dashboard, label: nav.dashboard, end: true, icon: LayoutDashboard, goKey: 'd' },
    ...(conflictCount > 0
      ? [{ to: paths.conflicts, label: nav.conflicts(conflictCount), end: false, icon: GitMerge }]
      : []),
    { to: paths.sessions, label: nav.sessions, end: false, icon: CalendarDays, goKey: 's' },
    { to: paths.assignments, label: nav.assignments, end: false, icon: ListChecks, goKey: 'a' },
    { to: paths.reflections, label: nav.reflections, end: false, icon: NotebookPen, goKey: 'r' },
    { to: paths.artifacts, label: nav.artifacts, end: false, icon: Paperclip, goKey: 'f' },
    { to: paths.evidence, label: nav.evidence, end: false, icon: Map, goKey: 'e' },
    { to: paths.log, label: nav.log, end: false, icon: MessagesSquare, goKey: 'l' },
    { to: paths.fromMyMentor, label: nav.fromMyMentor, end: false, icon: Inbox, goKey: 'm' },
    { to: paths.exports, label: nav.exports, end: false, icon: ArrowLeftRight, goKey: 'x' },
  ];
}

/**
 * The navigation the user's roles call for: a candidate's pages, a reviewer's, or both in two
 * named groups; Profile (where roles change) is always last.
 */
export function navGroups(view: RoleView, conflictCount: number): NavGroup[] {
  const profile: NavItem = {
    to: paths.profile,
    label: nav.profile,
    end: false,
    icon: CircleUser,
    goKey: 'p',
  };
  const candidate = view.candidatePages ? candidateItems(conflictCount) : [];
  const reviewer: NavItem[] = view.reviewerPages
    ? [{ to: paths.candidates, label: nav.candidates, end: false, icon: Users, goKey: 'c' }]
    : [];
  if (candidate.length > 0 && reviewer.length > 0) {
    return [
      { heading: nav.candidateGroup, items: candidate },
      { heading: nav.reviewerGroup, items: reviewer },
      { heading: null, items: [profile] },
    ];
  }
  return [{ heading: null, items: [...candidate, ...reviewer, profile] }];
}

/** Every page that has a "G then letter" shortcut, in navigation order. */
export function goToItems(groups: readonly NavGroup[]): NavItem[] {
  return groups.flatMap((group) => group.items.filter((item) => item.goKey !== undefined));
}
