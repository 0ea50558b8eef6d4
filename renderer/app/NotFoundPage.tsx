import { Link } from 'react-router';
import { Page } from '../components/Page';
import { strings } from '../strings';
import { paths } from './paths';

export function NotFoundPage() {
  return (
    <Page title={strings.errors.notFoundTitle}>
      <p>{strings.errors.notFound}</p>
      <p>
        <Link to={paths.dashboard}>{strings.errors.backToDashboard}</Link>
      </p>
    </Page>
  );
}
