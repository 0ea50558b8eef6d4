import { useId } from 'react';
import { isLive } from '@shared/domain/record';
import type { Session } from '@shared/domain/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { reviewLayerStrings } from './strings';
import { useReviewChange, useReviewLayer } from './use-review-layer';

export interface ReviewerSessionPanelProps {
  portfolioId: string;
  session: Session;
}

const text = reviewLayerStrings.attendance;

/** The reviewer's confirmation that the candidate attended the session. */
export function ReviewerSessionPanel({ portfolioId, session }: ReviewerSessionPanelProps) {
  const id = useId();
  const view = useReviewLayer(portfolioId);
  const set = useReviewChange('review-attendance-set', portfolioId);
  if (view.isError) return <ErrorAlert error={view.error} onRetry={() => void view.refetch()} />;
  if (!view.data) return null;
  const confirmation = view.data.layer.attendance.find(
    (a) => a.sessionId === session.id && isLive(a),
  );
  return (
    <div className="field review-attendance">
      <label className="checkbox-option" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={
            set.isPending ? (set.variables?.confirmed ?? false) : (confirmation?.confirmed ?? false)
          }
          disabled={view.data.reviewer === null || set.isPending}
          aria-describedby={`${id}-help`}
          onChange={(event) =>
            set.mutate({ portfolioId, sessionId: session.id, confirmed: event.target.checked })
          }
        />
        <span>{text.confirmed}</span>
      </label>
      <p id={`${id}-help`} className="field-help">
        {text.help}
      </p>
      <ErrorAlert error={set.error} />
    </div>
  );
}
