import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { StatusMessage } from '../../components/StatusMessage';
import { TextAreaField } from '../../components/TextAreaField';
import { useAddReply } from '../../data/use-received-reviews';
import { receivedStrings as text } from './strings';

export interface ReplyFormProps {
  reviewerId: string;
  threadId: string;
}

/** The candidate's reply in a reviewer's thread: plain text, saved with the portfolio. */
export function ReplyForm({ reviewerId, threadId }: ReplyFormProps) {
  const [body, setBody] = useState('');
  const [saved, setSaved] = useState('');
  const addReply = useAddReply();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved('');
    addReply.mutate(
      { reviewerId, threadId, body },
      {
        onSuccess: () => {
          setBody('');
          setSaved(text.replySaved);
        },
      },
    );
  };
  return (
    <form className="reply-form" onSubmit={submit}>
      <TextAreaField
        label={text.replyLabel}
        help={text.replyHint}
        value={body}
        rows={3}
        onChange={setBody}
      />
      <ErrorAlert error={addReply.error} />
      <StatusMessage message={addReply.isPending ? text.sendingReply : saved} />
      <button type="submit" className="button" disabled={addReply.isPending}>
        {text.sendReply}
      </button>
    </form>
  );
}
