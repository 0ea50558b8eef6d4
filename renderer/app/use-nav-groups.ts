import { useConflicts } from '../data/use-conflicts';
import { useRoleView } from '../features/identity/use-role-view';
import { navGroups, type NavGroup } from './nav-groups';

/** The navigation for the user's roles now: the sidebar and the G-shortcuts read the same one. */
export function useNavGroups(): NavGroup[] {
  const conflictCount = useConflicts().data?.length ?? 0;
  return navGroups(useRoleView(), conflictCount);
}
