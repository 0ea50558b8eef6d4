import { useAppInfo } from '../../data/use-app-info';
import { useIdentity } from '../../data/use-identity';
import { roleViewOf, type RoleView } from './role-view';

/** The user's role view, for pages inside the shell (which has loaded both answers). */
export function useRoleView(): RoleView {
  const identity = useIdentity().data ?? null;
  return roleViewOf(identity, useAppInfo().data?.workspace ?? 'own');
}
