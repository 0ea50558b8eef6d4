import { useId, useState, type FormEvent } from 'react';
import type { Paragraph } from '@shared/rich-text/paragraphs';
import type { PassageAnchor, ThreadTarget } from '@shared/review/review-layer';
import { ErrorAlert } from '../../components/ErrorAlert';
import { paragraphPassage } from '../reflections/selected-passage';
import { PassageChoice, type PassageChoiceValue } from './PassageChoice';
import { PassageQuote } from './PassageQuote';
import { reviewLayerStrings } from './strings';
import { useReviewChange } from './use-review-layer';

/** A reflection's passages: its current plain text, its paragraphs, the user's selection in it. */
export interface ReflectionPassages {
  currentText: string;
  paragraphs: Paragraph[];
  selectedPassage: () => PassageAnchor | null;
}

export interface NewThreadFormProps {
  portfolioId: string;
  target: ThreadTarget;
  /** Absent for an artifact: a comment there is on the whole item. */
  passages?: ReflectionPassages | undefined;
}

const text = reviewLayerStrings.threads;

/**
 * A new comment on the whole item, or on a passage of a reflection: a paragraph chosen from the
 * list (keyboard or mouse) or the text selected with the mouse.
 */
export function NewThreadForm({ portfolioId, target, passages }: NewThreadFormProps) {
  const id = useId();
  const create = useReviewChange('review-thread-create', portfolioId);
  const [body, setBody] = useState('');
  const [choice, setChoice] = useState<PassageChoiceValue>('whole');
  const [selected, setSelected] = useState<PassageAnchor | null>(null);
  const [hint, setHint] = useState('');
  const paragraph = typeof choice === 'number' ? passages?.paragraphs[choice] : undefined;
  const anchor =
    choice === 'selection'
      ? selected
      : paragraph && passages
        ? paragraphPassage(passages.currentText, paragraph)
        : null;
  const choose = (value: PassageChoiceValue) => {
    setChoice(value);
    setHint('');
  };
  const takePassage = () => {
    const passage = passages?.selectedPassage() ?? null;
    setHint(passage ? '' : text.selectFirst);
    if (passage) {
      setSelected(passage);
      setChoice('selection');
      document.getElementById(id)?.focus();
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const done = () => {
      setBody('');
      setChoice('whole');
    };
    create.mutate({ portfolioId, target, anchor, body }, { onSuccess: done });
  };
  return (
    <form className="form review-new-thread" noValidate onSubmit={submit}>
      {passages ? (
        <>
          <PassageChoice paragraphs={passages.paragraphs} value={choice} onChange={choose} />
          <div className="button-row">
            <button type="button" className="button" onClick={takePassage}>
              {text.onPassage}
            </button>
          </div>
        </>
      ) : null}
      <p role="status" className="review-hint">
        {hint}
      </p>
      {anchor ? (
        <PassageQuote anchor={anchor} earlier={false}>
          {choice === 'selection' ? (
            <button type="button" className="button button-quiet" onClick={() => choose('whole')}>
              {text.cancelPassage}
            </button>
          ) : null}
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
