import type { Portfolio } from '@shared/domain/portfolio';
import type { Identity } from '@shared/review/roles';
import { needsRoleStep } from '../identity/role-view';
import { RoleStep } from './RoleStep';
import { WelcomePage } from './WelcomePage';

export interface FirstRunProps {
  portfolio: Portfolio;
  /** Null when it could not be read: the welcome is then the candidate's, as before roles. */
  identity: Identity | null;
}

/** The welcome in its two steps: "who am I", then the details those roles call for. */
export function FirstRun({ portfolio, identity }: FirstRunProps) {
  if (needsRoleStep(identity, portfolio.profile.welcomeCompletedAt)) return <RoleStep />;
  return <WelcomePage portfolio={portfolio} roles={identity?.roles ?? ['candidate']} />;
}
