import { useId, useState, type FormEvent } from 'react';
import type { Thread } from '@shared/review/review-layer';
import { ErrorAlert } from '../../components/ErrorAlert';
import { reviewLayerStrings } from './strings';
import { useReviewChange } from './use-review-layer';

export interface ThreadReplyFormProps {
  portfolioId: string;
  thread: Thread;
  /** The thread's name, "Thread 2", to label its controls. */
  name: string;
}

const text = reviewLayerStrings.threads;

/** The reviewer's next comment in a thread, and resolve / reopen. */
export function ThreadReplyForm({ portfolioId, thread, name }: ThreadReplyFormProps) {
  const id = useId();
  const [reply, setReply] = useState('');
  const addComment = useReviewChange('review-comment-add', portfolioId);
  const resolve = useReviewChange('review-thread-resolve', portfolioId);
  const pending = addComment.isPending || resolve.isPending;
  const resolved = thread.resolvedAt !== null;
  const send = (event: FormEvent) => {
    event.preventDefault();
    if (reply.trim() === '') return;
    addComment.mutate(
      { portfolioId, threadId: thread.id, body: reply },
      { onSuccess: () => setReply('') },
    );
  };
  const action = resolved ? text.reopen : text.resolve;
  return (
    <form className="review-reply" noValidate onSubmit={send}>
      <label className="visually-hidden" htmlFor={id}>
        {text.replyLabel(name)}
      </label>
      <textarea id={id} rows={2} value={reply} onChange={(event) => setReply(event.target.value)} />
      <ErrorAlert error={addComment.error ?? resolve.error} />
      <div className="button-row">
        <button
          type="submit"
          className="button"
          disabled={pending || reply.trim() === ''}
          aria-label={`${text.send}: ${name}`}
        >
          {text.send}
        </button>
        <button
          type="button"
          className="button button-quiet"
          disabled={pending}
          aria-label={`${action}: ${name}`}
          onClick={() => resolve.mutate({ portfolioId, threadId: thread.id, resolved: !resolved })}
        >
          {action}
        </button>
      </div>
    </form>
  );
}
