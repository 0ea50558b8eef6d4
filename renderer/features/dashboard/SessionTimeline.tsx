import { Link } from 'react-router';
import type { IsoDate } from '@shared/domain/dates';
import { sessionLabel, type Session } from '@shared/domain/session';
import { useScopedPaths } from '../review-scope/use-scoped-paths';
import { DueDate } from '../../components/DueDate';
import { attendanceLabels } from '../sessions/strings';
import { dashboardStrings } from './strings';

export interface SessionTimelineProps {
  sessions: readonly Session[];
  today: IsoDate;
}

/** Kickoff, sessions 1-8 and the final presentations in order, with date, topic and attendance. */
export function SessionTimeline({ sessions, today }: SessionTimelineProps) {
  const paths = useScopedPaths();
  return (
    <section className="card dashboard-timeline" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{dashboardStrings.timeline}</h2>
      <ol className="timeline">
        {sessions.map((session) => {
          const past = session.date !== null && session.date < today;
          return (
            <li key={session.id} className={past ? 'timeline-item timeline-past' : 'timeline-item'}>
              <span className="timeline-label">{sessionLabel(session.number)}</span>
              <span className="timeline-title">
                <Link to={paths.session(session.id)}>{session.title}</Link>
              </span>
              <span className="timeline-date">
                <DueDate date={session.date} />
              </span>
              <span className={`attendance attendance-${session.attendance}`}>
                {attendanceLabels[session.attendance]}
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
