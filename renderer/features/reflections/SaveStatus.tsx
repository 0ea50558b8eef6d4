import { ApiError } from '../../api/api-error';
import type { SaveState } from '../../data/use-reflection-autosave';
import { strings } from '../../strings';
import { reflectionStrings } from './strings';

export interface SaveStatusProps {
  state: SaveState;
  error: unknown;
  onRetry: () => void;
}

/** "Saving…" / "Saved" as a polite live region; a failed save says why and offers a retry. */
export function SaveStatus({ state, error, onRetry }: SaveStatusProps) {
  const text = reflectionStrings;
  const message =
    state === 'error'
      ? text.saveFailed(error instanceof ApiError ? error.message : strings.errors.unexpected)
      : state === 'saved'
        ? text.saved
        : text.saving;
  return (
    <div className={`save-status save-status-${state}`}>
      <p role="status">{message}</p>
      {state === 'error' ? (
        <button type="button" className="button" onClick={onRetry}>
          {text.retrySave}
        </button>
      ) : null}
    </div>
  );
}
