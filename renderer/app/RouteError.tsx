import { Link } from 'react-router';
import { usePageTitle } from '../components/use-page-title';
import { strings } from '../strings';
import { paths } from './paths';

/** A page that failed to render: one sentence and a way back, never a stack trace. */
export function RouteError() {
  usePageTitle(strings.errors.notFoundTitle);
  return (
    <main id="main" className="shell-centered">
      <h1>{strings.appName}</h1>
      <div role="alert" className="alert alert-error">
        <p>{strings.errors.renderFailed}</p>
      </div>
      <p>
        <Link to={paths.dashboard}>{strings.errors.backToDashboard}</Link>
      </p>
    </main>
  );
}
