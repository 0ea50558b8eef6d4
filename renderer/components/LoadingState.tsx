import { strings } from '../strings';

export interface LoadingStateProps {
  /** What is being waited for; by default the portfolio. */
  message?: string;
}

/** Shown while something loads; a status so screen readers hear that something is happening. */
export function LoadingState({ message = strings.loading }: LoadingStateProps) {
  return (
    <p role="status" className="loading">
      {message}
    </p>
  );
}
