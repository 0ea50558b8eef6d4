import type { AppInfo } from '@shared/contract/contract';
import { reviewerRoleOf, type Identity } from '@shared/review/roles';
import { paths } from '../../app/paths';

/** What the user's roles make of the app: which pages they work in and where it opens. */
export interface RoleView {
  /** The candidate's own pages: dashboard, sessions, assignments, reflections… */
  candidatePages: boolean;
  /** The reviewer's pages: My candidates. */
  reviewerPages: boolean;
  /** Where the app opens: the dashboard, or My candidates for a reviewer only. */
  home: string;
}

/**
 * The view of `identity` (null when it could not be read: the candidate's view, as before roles
 * existed). The sample is a candidate's portfolio, so it always shows the candidate's pages.
 */
export function roleViewOf(identity: Identity | null, workspace: AppInfo['workspace']): RoleView {
  const roles = identity?.roles ?? ['candidate'];
  const candidatePages = roles.includes('candidate') || workspace === 'sample';
  const reviewerPages = reviewerRoleOf(roles) !== null;
  return {
    candidatePages,
    reviewerPages,
    home: reviewerPages && !candidatePages ? paths.candidates : paths.dashboard,
  };
}

/** The first run asks "who am I" only of someone who has neither answered nor been welcomed. */
export function needsRoleStep(
  identity: Identity | null,
  welcomeCompletedAt: string | null,
): boolean {
  return identity !== null && identity.rolesChosenAt === null && welcomeCompletedAt === null;
}
