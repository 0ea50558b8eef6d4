import { useId } from 'react';
import type { ThreadTarget } from '@shared/review/review-layer';
import { useReceivedReviews } from '../../data/use-received-reviews';
import { threadsAbout } from './received-threads';
import { ThreadView } from './ThreadView';
import { receivedStrings as text } from './strings';
import './received-reviews.css';

/**
 * Reviewers' comment threads about one reflection or artifact: open threads first, each with a
 * reply box; resolved threads folded away under one summary. Nothing when there are none.
 */
export function ReceivedThreads({ target }: { target: ThreadTarget }) {
  const headingId = useId();
  const { reviews, replies } = useReceivedReviews();
  const threads = threadsAbout(reviews, target);
  if (threads.length === 0) return null;
  const open = threads.filter((t) => t.thread.resolvedAt === null);
  const resolved = threads.filter((t) => t.thread.resolvedAt !== null);
  return (
    <section className="card received-feedback" aria-labelledby={headingId}>
      <h2 id={headingId}>{text.threadsHeading}</h2>
      {open.map((entry) => (
        <ThreadView key={entry.thread.id} entry={entry} replies={replies} />
      ))}
      {resolved.length > 0 ? (
        <details className="resolved-threads">
          <summary>{text.resolved(resolved.length)}</summary>
          {resolved.map((entry) => (
            <ThreadView key={entry.thread.id} entry={entry} replies={replies} />
          ))}
        </details>
      ) : null}
    </section>
  );
}
