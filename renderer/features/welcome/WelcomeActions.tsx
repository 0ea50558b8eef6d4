import { ErrorAlert } from '../../components/ErrorAlert';
import { welcomeStrings } from './strings';

/** The end of each welcome step: what went wrong, the step's own button, and "Skip for now". */
export function WelcomeActions({
  submitLabel,
  steps,
}: {
  submitLabel: string;
  steps: { busy: boolean; error: unknown; skip: () => void };
}) {
  return (
    <>
      <ErrorAlert error={steps.error} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={steps.busy}>
          {submitLabel}
        </button>
        <button type="button" className="button" disabled={steps.busy} onClick={steps.skip}>
          {welcomeStrings.skip}
        </button>
      </div>
    </>
  );
}
