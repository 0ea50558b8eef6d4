import { isDeepStrictEqual } from 'node:util';
import type { Handlers } from '@shared/contract/contract';
import type { IdentitySetInput } from '@shared/contract/identity-channels';
import { ROLES, type Identity } from '@shared/review/roles';
import type { Clock } from '../platform';
import type { IdentityStore } from '../review/identity-store';
import { definedOnly } from './records';

/** The identity after the user's answer: roles in their usual order, once each. */
function answered(current: Identity, { roles, reviewer }: IdentitySetInput, now: Date): Identity {
  const next: Identity = {
    ...current,
    roles: ROLES.filter((role) => roles.includes(role)),
    reviewer: { ...current.reviewer, ...definedOnly(reviewer ?? {}) },
  };
  // The time of the answer that chose these roles: the same answer again keeps it.
  const sameRoles = isDeepStrictEqual(next.roles, current.roles);
  next.rolesChosenAt =
    sameRoles && current.rolesChosenAt !== null ? current.rolesChosenAt : now.toISOString();
  return next;
}

/**
 * Who uses this data folder. Reading never writes (an unanswered folder gets the default); an
 * answer that changes nothing already saved writes nothing.
 */
export function identityHandlers(
  identity: IdentityStore,
  clock: Clock,
): Pick<Handlers, 'identity-get' | 'identity-set'> {
  return {
    'identity-get': () => identity.get(),
    'identity-set': async (input) => {
      // Unreadable (damaged) settings are no reason to refuse: the update below sets them right.
      const current = await identity.get().catch(() => null);
      // rolesChosenAt is set only once saved, so an equal answer is already on disk.
      const unchanged =
        current !== null &&
        current.rolesChosenAt !== null &&
        isDeepStrictEqual(answered(current, input, clock.now()), current);
      if (unchanged) return current;
      return identity.update((latest) => answered(latest, input, clock.now()));
    },
  };
}
