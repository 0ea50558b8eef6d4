import { ApiError } from '../api/api-error';
import { strings } from '../strings';

export interface ErrorAlertProps {
  /** Whatever a query or mutation failed with; nothing is shown while it is null. */
  error: unknown;
  onRetry?: () => void;
}

/** One sentence about what went wrong, announced at once. Bugs never show their internals. */
export function ErrorAlert({ error, onRetry }: ErrorAlertProps) {
  if (error === null || error === undefined) return null;
  const message = error instanceof ApiError ? error.message : strings.errors.unexpected;
  return (
    <div role="alert" className="alert alert-error">
      <p>{message}</p>
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          {strings.tryAgain}
        </button>
      ) : null}
    </div>
  );
}
