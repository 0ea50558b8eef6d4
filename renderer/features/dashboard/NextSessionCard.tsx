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
  return (
    <section className="card" aria-labelledby="next-session-heading">
      <h2 id="next-session-heading">{dashboardStrings.nextSession}</h2>
      {session ? (
        <>
          <p className="big-figure">{dashboardStrings.daysTo(daysToGo ?? 0)}</p>
          <p>
            <Link to={paths.session(session.id)}>
              {sessionStrings.heading(sessionLabel(session.number), session.title)}
            </Link>
          </p>
          <p className="muted">
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
