import { Link } from 'react-router';
import { sessionLabel } from '@shared/domain/session';
import { paths } from '../../app/paths';
import { DueDate } from '../../components/DueDate';
import { Page } from '../../components/Page';
import { liveSessions } from '../../data/live-records';
import { useLoadedPortfolio } from '../../data/use-loaded-portfolio';
import { strings } from '../../strings';

/** Every session with its date, place and attendance; each opens its detail page. */
export function SessionsPage() {
  const portfolio = useLoadedPortfolio();
  return (
    <Page title={strings.sessions.title}>
      <ul className="card-list">
        {liveSessions(portfolio).map((session) => (
          <li key={session.id} className="card session-card">
            <h2 className="card-title">
              <Link to={paths.session(session.id)}>
                {strings.sessions.heading(sessionLabel(session.number), session.title)}
              </Link>
            </h2>
            <dl className="facts">
              <div>
                <dt>{strings.sessions.date}</dt>
                <dd>
                  <DueDate date={session.date} />
                </dd>
              </div>
              <div>
                <dt>{strings.sessions.place}</dt>
                <dd>{session.place || strings.notSet}</dd>
              </div>
              <div>
                <dt>{strings.sessions.attendance}</dt>
                <dd className={`attendance attendance-${session.attendance}`}>
                  {strings.attendance[session.attendance]}
                </dd>
              </div>
            </dl>
          </li>
        ))}
      </ul>
    </Page>
  );
}
