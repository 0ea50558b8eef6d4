import { useId, useState, type FormEvent } from 'react';
import type { PassageAnchor, ThreadTarget } from '@shared/review/review-layer';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PassageQuote } from './PassageQuote';
import { reviewLayerStrings } from './strings';
import { useReviewChange } from './use-review-layer';

export interface NewThreadFormProps {
  portfolioId: string;
  target: ThreadTarget;
  /** The passage the user has selected in a reflection; absent for an artifact. */
  selectedPassage?: (() => PassageAnchor | null) | undefined;
}

const text = reviewLayerStrings.threads;

/** A new comment on the whole item, or on the passage selected in a reflection. */
export function NewThreadForm({ portfolioId, target, selectedPassage }: NewThreadFormProps) {
  const id = useId();
  const create = useReviewChange('review-thread-create', portfolioId);
  const [body, setBody] = useState('');
  const [anchor, setAnchor] = useState<PassageAnchor | null>(null);
  const [hint, setHint] = useState('');
  const takePassage = () => {
    const selected = selectedPassage?.() ?? null;
    setHint(selected ? '' : text.selectFirst);
    if (selected) {
      setAnchor(selected);
      document.getElementById(id)?.focus();
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const done = () => {
      setBody('');
      setAnchor(null);
    };
    create.mutate({ portfolioId, target, anchor, body }, { onSuccess: done });
  };
  return (
    <form className="form review-new-thread" noValidate onSubmit={submit}>
      {selectedPassage ? (
        <div className="button-row">
          <button type="button" className="button" onClick={takePassage}>
            {text.onPassage}
          </button>
        </div>
      ) : null}
      <p role="status" className="review-hint">
        {hint}
      </p>
      {anchor ? (
        <PassageQuote anchor={anchor} earlier={false}>
          <button type="button" className="button button-quiet" onClick={() => setAnchor(null)}>
            {text.cancelPassage}
          </button>
        </PassageQuote>
      ) : null}
      <label htmlFor={id}>{text.newComment}</label>
      <textarea id={id} rows={3} value={body} onChange={(event) => setBody(event.target.value)} />
      <ErrorAlert error={create.error} />
      <div className="form-actions">
        <button
          type="submit"
          className="button button-primary"
          disabled={create.isPending || body.trim() === ''}
        >
          {text.add}
        </button>
      </div>
    </form>
  );
}
