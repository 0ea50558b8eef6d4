import { sessionLabel, type Session } from '@shared/domain/session';
import { Link } from 'react-router';
import { useScopedPaths } from '../review-scope/use-scoped-paths';
import { DueDate } from '../../components/DueDate';
import { sessionStrings } from '../sessions/strings';
import { dashboardStrings } from './strings';

export interface NextSessionCardProps {
  session: Session | null;
  daysToGo: number | null;
}

/** The next dated session and how many days are left until it. */
export function NextSessionCard({ session, daysToGo }: NextSessionCardProps) {
  const paths = useScopedPaths();
  const name = session ? sessionStrings.heading(sessionLabel(session.number), session.title) : '';
  return (
    <section className="card" aria-labelledby="next-session-heading">
      <h2 id="next-session-heading">{dashboardStrings.nextSession}</h2>
      {session ? (
        <>
          <p className="big-figure">{dashboardStrings.daysTo(daysToGo ?? 0)}</p>
          <p className="dashboard-clamp">
            <Link to={paths.session(session.id)} title={name}>
              {name}
            </Link>
          </p>
          <p className="muted dashboard-one-line" title={session.place || undefined}>
            <DueDate date={session.date} />
            {session.place ? ` · ${session.place}` : ''}
          </p>
        </>
      ) : (
        <p>{dashboardStrings.noNextSession}</p>
      )}
    </section>
  );
}
