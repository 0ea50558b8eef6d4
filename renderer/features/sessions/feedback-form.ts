import { sessionFeedbackInputSchema } from '@shared/contract/contract';
import type { Session } from '@shared/domain/session';
import { validatedOf, type Validated } from '../../forms/field-errors';

/** The rating as the radio group holds it: '' for no rating, '1'..'5'. */
export interface FeedbackFormValues {
  rating: string;
  comments: string;
}

export type FeedbackInput = ReturnType<typeof sessionFeedbackInputSchema.parse>;

export function feedbackFormValuesOf(session: Session): FeedbackFormValues {
  const { rating, comments } = session.feedback;
  return { rating: rating === null ? '' : String(rating), comments };
}

export function validateFeedbackForm(
  session: Session,
  values: FeedbackFormValues,
): Validated<FeedbackInput> {
  return validatedOf(
    sessionFeedbackInputSchema.safeParse({
      id: session.id,
      rating: values.rating === '' ? null : Number(values.rating),
      comments: values.comments,
    }),
  );
}
