import { Link } from 'react-router';
import { sessionLabel } from '@shared/domain/session';
import { useScopedPaths } from '../review-scope/use-scoped-paths';
import { DueDate } from '../../components/DueDate';
import { Page } from '../../components/Page';
import { liveSessions } from '../../data/live-records';
import { useLoadedPortfolio } from '../../data/use-loaded-portfolio';
import { strings } from '../../strings';
import { attendanceLabels, sessionStrings } from './strings';
import { ChangeBadge } from '../candidate-view/change-marks';

/** Every session with its date, place and attendance; each opens its detail page. */
export function SessionsPage() {
  const paths = useScopedPaths();
  const portfolio = useLoadedPortfolio();
  return (
    <Page title={sessionStrings.title}>
      <ul className="card-list">
        {liveSessions(portfolio).map((session) => (
          <li key={session.id} className="card session-card">
            <h2 className="card-title">
              <Link to={paths.session(session.id)}>
                {sessionStrings.heading(sessionLabel(session.number), session.title)}
              </Link>
              <ChangeBadge kind="sessions" id={session.id} />
            </h2>
            <dl className="facts">
              <div>
                <dt>{sessionStrings.date}</dt>
                <dd>
                  <DueDate date={session.date} />
                </dd>
              </div>
              <div>
                <dt>{sessionStrings.place}</dt>
                <dd>{session.place || strings.notSet}</dd>
              </div>
              <div>
                <dt>{sessionStrings.attendance}</dt>
                <dd className={`attendance attendance-${session.attendance}`}>
                  {attendanceLabels[session.attendance]}
                </dd>
              </div>
            </dl>
          </li>
        ))}
      </ul>
    </Page>
  );
}
