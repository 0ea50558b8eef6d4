import { useId } from 'react';
import type { CandidateReply } from '@shared/review/candidate-reply';
import { reviewerLine } from '@shared/review/review-labels';
import { formatDateTime } from '../../components/format-date';
import { type ReceivedThread, threadEntries } from './received-threads';
import { ReplyForm } from './ReplyForm';
import { dayOf } from './received-date';
import { receivedStrings as text } from './strings';

export interface ThreadViewProps {
  entry: ReceivedThread;
  replies: readonly CandidateReply[];
}

/**
 * One reviewer's thread: the passage it is about (quoted as the reviewer saw it), the comments
 * and the candidate's replies, and a reply box while the thread is open. All plain text.
 */
export function ThreadView({ entry, replies }: ThreadViewProps) {
  const headingId = useId();
  const { reviewer, thread } = entry;
  return (
    <article className="received-thread" aria-labelledby={headingId}>
      <h3 id={headingId}>{reviewerLine(reviewer)}</h3>
      {thread.resolvedAt ? (
        <p className="muted">{text.resolvedOn(dayOf(thread.resolvedAt))}</p>
      ) : null}
      {thread.anchor ? (
        <figure className="thread-anchor">
          <figcaption>{text.onPassage}</figcaption>
          <blockquote className="multiline">{thread.anchor.quote}</blockquote>
        </figure>
      ) : null}
      <ol className="thread-entries">
        {threadEntries(entry, replies).map((item) => (
          <li key={item.id} className={item.fromCandidate ? 'thread-reply' : 'thread-comment'}>
            <p className="thread-meta">
              {text.commentBy(
                item.fromCandidate ? text.you : item.authorName,
                formatDateTime(item.createdAt),
              )}
            </p>
            <p className="multiline">{item.body}</p>
          </li>
        ))}
      </ol>
      {thread.resolvedAt ? null : (
        <ReplyForm reviewerId={reviewer.reviewerId} threadId={thread.id} />
      )}
    </article>
  );
}
