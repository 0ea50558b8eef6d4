import { useId } from 'react';
import { Link } from 'react-router';
import type { SessionFeedbackSummary } from '@shared/contract/candidates-channels';
import { paths } from '../../app/paths';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { Page } from '../../components/Page';
import { useCohortFeedback } from '../../data/use-candidates';
import { candidatesStrings } from './strings';
import './candidates.css';

const text = candidatesStrings.feedback;

function SessionFeedback({ session }: { session: SessionFeedbackSummary }) {
  const headingId = useId();
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{session.title}</h2>
      <p>
        {session.averageRating === null
          ? text.noRatings
          : text.average(session.averageRating, session.ratingCount)}
      </p>
      {session.comments.length === 0 ? (
        <p className="muted">{text.noComments}</p>
      ) : (
        <ul className="feedback-comments">
          {session.comments.map((comment, index) => (
            <li key={index}>
              <blockquote>{comment.text}</blockquote>
              <p className="muted">{comment.candidate}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The program feedback the candidates gave, summarised per session for the coordinator. */
export function CohortFeedbackPage() {
  const feedback = useCohortFeedback();
  return (
    <Page title={text.title}>
      <p>
        <Link to={paths.candidates}>{candidatesStrings.changes.back}</Link>
      </p>
      {feedback.isPending ? <LoadingState /> : null}
      <ErrorAlert error={feedback.error} onRetry={() => void feedback.refetch()} />
      {feedback.data?.candidates === 0 ? <p>{text.empty}</p> : null}
      {feedback.data && feedback.data.candidates > 0 ? (
        <>
          <p className="lead">{text.intro(feedback.data.candidates)}</p>
          <div className="feedback-sessions">
            {feedback.data.sessions.map((session) => (
              <SessionFeedback key={session.number} session={session} />
            ))}
          </div>
        </>
      ) : null}
    </Page>
  );
}
