import { Link, useParams } from 'react-router';
import { isLive } from '@shared/domain/record';
import { sessionLabel } from '@shared/domain/session';
import { useScopedPaths } from '../review-scope/use-scoped-paths';
import { AssignmentDigest } from '../../components/AssignmentDigest';
import { Page } from '../../components/Page';
import { liveAssignments } from '../../data/live-records';
import { useLoadedPortfolio } from '../../data/use-loaded-portfolio';
import { useToday } from '../../data/use-today';
import { sessionStrings } from './strings';
import { SessionFeedbackForm } from './SessionFeedbackForm';
import { SessionReviewSlot } from '../review-scope/ReviewSlots';
import { SessionForm } from './SessionForm';

/** One session: its details to edit, its assignments and the program feedback on it. */
export function SessionDetailPage() {
  const paths = useScopedPaths();
  const { sessionId } = useParams();
  const portfolio = useLoadedPortfolio();
  const today = useToday();
  const session = portfolio.sessions.find((s) => s.id === sessionId && isLive(s));
  if (!session) {
    return (
      <Page title={sessionStrings.title}>
        <p role="alert">{sessionStrings.notFound}</p>
        <Link to={paths.sessions}>{sessionStrings.back}</Link>
      </Page>
    );
  }
  const label = sessionLabel(session.number);
  return (
    <Page title={label} heading={sessionStrings.heading(label, session.title)}>
      <p>
        <Link to={paths.sessions}>{sessionStrings.back}</Link>
      </p>
      {session.topics.length > 0 ? (
        <p className="muted">
          {sessionStrings.topics}: {session.topics.join(', ')}
        </p>
      ) : null}
      <div className="detail-grid">
        <section className="card" aria-labelledby="session-details-heading">
          <h2 id="session-details-heading">{label}</h2>
          <SessionForm key={session.id} session={session} />
        </section>
        <div className="detail-side">
          <AssignmentDigest
            heading={sessionStrings.assignments}
            emptyText={sessionStrings.noAssignments}
            assignments={liveAssignments(portfolio).filter((a) => a.session === session.number)}
            today={today}
          />
          <section className="card" aria-labelledby="feedback-heading">
            <h2 id="feedback-heading">{sessionStrings.feedback}</h2>
            <p className="muted">{sessionStrings.feedbackHelp}</p>
            <SessionFeedbackForm key={session.id} session={session} />
          </section>
          <SessionReviewSlot session={session} />
        </div>
      </div>
    </Page>
  );
}
