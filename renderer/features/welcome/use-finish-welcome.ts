import type { IdentitySetInput } from '@shared/contract/identity-channels';
import type { WelcomeInput } from '@shared/contract/contract';
import { useCompleteWelcome, useSetIdentity, useSkipWelcome } from '../../data/mutations';
import { useFirstVisit } from './first-visit-context';

/** What leaving the welcome saves: the answer about roles, then the candidate's details. */
export interface WelcomeSteps {
  identity: IdentitySetInput | null;
  /** The candidate's details; null leaves the welcome without any (as "Skip for now"). */
  welcome: WelcomeInput | null;
}

/**
 * The welcome's saves, in order: roles and the reviewer profile first, then the welcome itself
 * (which ends it, so the shell shows the pages only once the roles are known). A failure stops
 * there and is shown as one sentence; nothing after it is sent.
 */
export function useFinishWelcome() {
  const setIdentity = useSetIdentity();
  const completeWelcome = useCompleteWelcome();
  const skipWelcome = useSkipWelcome();
  const { markWelcomed } = useFirstVisit();

  const save = async ({ identity, welcome }: WelcomeSteps, finish: boolean) => {
    try {
      if (identity) await setIdentity.mutateAsync(identity);
      if (!finish) return;
      markWelcomed();
      await (welcome ? completeWelcome.mutateAsync(welcome) : skipWelcome.mutateAsync({}));
    } catch {
      // Shown by the failed mutation's error below.
    }
  };
  return {
    /** Save the answer and end the welcome. */
    finish: (steps: WelcomeSteps) => void save(steps, true),
    /** Save the roles only: the welcome goes on to the details they call for. */
    chooseRoles: (identity: IdentitySetInput) => void save({ identity, welcome: null }, false),
    skip: () => void save({ identity: null, welcome: null }, true),
    busy: setIdentity.isPending || completeWelcome.isPending || skipWelcome.isPending,
    error: setIdentity.error ?? completeWelcome.error ?? skipWelcome.error,
  };
}
