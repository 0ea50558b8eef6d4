import { useId } from 'react';
import type { Thread } from '@shared/review/review-layer';
import { formatDateTime } from '../../components/format-date';
import { PassageQuote } from './PassageQuote';
import { reviewLayerStrings } from './strings';
import { ThreadReplyForm } from './ThreadReplyForm';
import { isAnchorCurrent, type ThreadMessage } from './thread-messages';

export interface ThreadItemProps {
  thread: Thread;
  /** Its place in the list, to name it: "Thread 2". */
  number: number;
  messages: readonly ThreadMessage[];
  /** The reflection's current plain text, to tell whether an anchored passage is still there. */
  currentText: string | null;
  portfolioId: string;
  canWrite: boolean;
}

const text = reviewLayerStrings.threads;

/** One thread: its passage (if any), the comments and the candidate's replies, and a reply. */
export function ThreadItem({
  thread,
  number,
  messages,
  currentText,
  portfolioId,
  canWrite,
}: ThreadItemProps) {
  const headingId = useId();
  const resolved = thread.resolvedAt !== null;
  const name = text.threadLabel(number);
  return (
    <li className={resolved ? 'review-thread review-thread-resolved' : 'review-thread'}>
      <article aria-labelledby={headingId}>
        <h3 id={headingId} className="review-thread-title">
          {name}
          {resolved ? <span className="badge">{text.resolved}</span> : null}
        </h3>
        {thread.anchor ? (
          <PassageQuote
            anchor={thread.anchor}
            earlier={currentText !== null && !isAnchorCurrent(thread.anchor, currentText)}
          />
        ) : null}
        <ol className="review-messages">
          {messages.map((message) => (
            <li key={message.id} className={`review-message review-message-${message.from}`}>
              <p className="review-message-author">
                {message.from === 'candidate'
                  ? text.candidateSays(message.authorName)
                  : message.authorName}
                {' · '}
                <time dateTime={message.createdAt}>{formatDateTime(message.createdAt)}</time>
              </p>
              <p className="review-message-body">{message.body}</p>
            </li>
          ))}
        </ol>
        {canWrite ? (
          <ThreadReplyForm portfolioId={portfolioId} thread={thread} name={name} />
        ) : null}
      </article>
    </li>
  );
}
