import { Link } from 'react-router';
import { OpenSampleButton } from '../../app/OpenSampleButton';
import { paths } from '../../app/paths';
import { Page } from '../../components/Page';
import { useAppInfo } from '../../data/use-app-info';
import { useLoadedPortfolio } from '../../data/use-loaded-portfolio';
import { profileStrings } from './strings';
import { ProfileForm } from './ProfileForm';

export function ProfilePage() {
  const { profile } = useLoadedPortfolio();
  const appInfo = useAppInfo();
  return (
    <Page title={profileStrings.title}>
      <section className="card">
        {/* Keyed by id: opening the sample starts the form again from its profile. */}
        <ProfileForm key={profile.id} profile={profile} />
        <p className="muted">
          <Link to={paths.sessions}>{profileStrings.sessionDatesHint}</Link>
        </p>
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
