import { useState } from 'react';
import type { Session } from '@shared/domain/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RadioGroupField } from '../../components/RadioGroupField';
import { StatusMessage } from '../../components/StatusMessage';
import { TextAreaField } from '../../components/TextAreaField';
import { useValidatedForm } from '../../forms/use-validated-form';
import { useSetSessionFeedback } from '../../data/mutations';
import { sessionStrings } from './strings';
import { feedbackFormValuesOf, validateFeedbackForm } from './feedback-form';
import { EditOnly } from '../../components/EditOnly';

export interface SessionFeedbackFormProps {
  session: Session;
}

const RATING_OPTIONS = [
  { value: '', label: sessionStrings.noRating },
  ...[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: sessionStrings.ratingOption(n) })),
];

/** The candidate's rating (1-5) and comments on a session, for the program. */
export function SessionFeedbackForm({ session }: SessionFeedbackFormProps) {
  const [status, setStatus] = useState('');
  const setFeedback = useSetSessionFeedback();
  const text = sessionStrings;
  const { field, submit } = useValidatedForm({
    initialValues: () => feedbackFormValuesOf(session),
    validate: (values) => validateFeedbackForm(session, values),
    onValid: (input) =>
      setFeedback.mutate(input, { onSuccess: () => setStatus(text.feedbackSaved) }),
    onActivity: () => setStatus(''),
  });

  return (
    <form className="form" noValidate onSubmit={submit}>
      <RadioGroupField label={text.rating} {...field('rating')} options={RATING_OPTIONS} />
      <TextAreaField label={text.comments} {...field('comments')} />
      <ErrorAlert error={setFeedback.error} />
      <EditOnly>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={setFeedback.isPending}>
            {text.saveFeedback}
          </button>
          <StatusMessage message={status} />
        </div>
      </EditOnly>
    </form>
  );
}
