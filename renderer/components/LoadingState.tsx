import { strings } from '../strings';

/** Shown while the portfolio loads; a status so screen readers hear that something is happening. */
export function LoadingState() {
  return (
    <p role="status" className="loading">
      {strings.loading}
    </p>
  );
}
