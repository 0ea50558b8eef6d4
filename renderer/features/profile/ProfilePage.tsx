import { Link } from 'react-router';
import { EMPTY_REVIEWER_PROFILE } from '@shared/review/roles';
import { OpenSampleButton } from '../../app/OpenSampleButton';
import { paths } from '../../app/paths';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Page } from '../../components/Page';
import { useAppInfo } from '../../data/use-app-info';
import { useIdentity } from '../../data/use-identity';
import { useLoadedPortfolio } from '../../data/use-loaded-portfolio';
import { useRoleView } from '../identity/use-role-view';
import { profileStrings } from './strings';
import { ProfileForm } from './ProfileForm';
import { RolesForm, type SavedRoles } from './RolesForm';

/** What the form starts from when identity.json cannot be read: the app's default. */
const UNREADABLE: SavedRoles = { roles: ['candidate'], reviewer: EMPTY_REVIEWER_PROFILE };

/** The candidate's profile (for a candidate), the roles and the reviewer's profile, the sample. */
export function ProfilePage() {
  const { profile } = useLoadedPortfolio();
  const appInfo = useAppInfo();
  const identity = useIdentity();
  const { candidatePages } = useRoleView();
  return (
    <Page title={profileStrings.title}>
      {candidatePages ? (
        <section className="card">
          {/* Keyed by id: opening the sample starts the form again from its profile. */}
          <ProfileForm key={profile.id} profile={profile} />
          <p className="muted">
            <Link to={paths.sessions}>{profileStrings.sessionDatesHint}</Link>
          </p>
        </section>
      ) : null}
      <section className="card">
        {/* Roles that cannot be read are shown as a sentence; saving new ones sets them right. */}
        <ErrorAlert error={identity.error} />
        {identity.isPending ? null : <RolesForm saved={identity.data ?? UNREADABLE} />}
      </section>
      {appInfo.data?.workspace === 'own' ? (
        <section className="card" aria-labelledby="sample-heading">
          <h2 id="sample-heading">{profileStrings.sampleHeading}</h2>
          <p>{profileStrings.sampleText}</p>
          <OpenSampleButton />
        </section>
      ) : null}
    </Page>
  );
}
