import { WelcomeActions } from './WelcomeActions';
import { useState, type FormEvent } from 'react';
import type { Role } from '@shared/review/roles';
import { Page } from '../../components/Page';
import { ROLES_KEY, validateRoles } from '../identity/identity-form';
import { RolesFieldset } from '../identity/RolesFieldset';
import { welcomeStrings } from './strings';
import { useFinishWelcome } from './use-finish-welcome';
import { WelcomeHints } from './WelcomeHints';

/**
 * The first question of the first run: candidate, mentor, instructor (several allowed). The
 * answer is saved at once, so the details that follow match it even after a reload. "Skip for
 * now" leaves the welcome as a candidate, as before roles existed.
 */
export function RoleStep() {
  const [roles, setRoles] = useState<Role[]>([]);
  const [error, setError] = useState<string | undefined>();
  const steps = useFinishWelcome();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = validateRoles(roles);
    setError(checked.ok ? undefined : checked.errors[ROLES_KEY]);
    if (checked.ok) steps.chooseRoles({ roles: checked.value });
  };

  return (
    <Page title={welcomeStrings.title}>
      <p className="lead">{welcomeStrings.rolesIntro}</p>
      <form className="form card" noValidate onSubmit={submit}>
        <RolesFieldset
          legend={welcomeStrings.rolesLegend}
          selected={roles}
          error={error}
          onChange={setRoles}
        />
        <WelcomeActions submitLabel={welcomeStrings.continue} steps={steps} />
      </form>
      <WelcomeHints />
    </Page>
  );
}
