import { ErrorAlert } from '../components/ErrorAlert';
import { useCloseSample } from '../data/mutations';
import { strings } from '../strings';

/** Always visible while the sample is open, so nobody mistakes it for their own work. */
export function SampleBanner() {
  const closeSample = useCloseSample();
  return (
    <aside className="sample-banner" aria-label={strings.shell.sampleBannerLabel}>
      <p>{strings.shell.sampleBanner}</p>
      <button
        type="button"
        className="button button-primary"
        disabled={closeSample.isPending}
        onClick={() => closeSample.mutate({})}
      >
        {strings.shell.returnToOwn}
      </button>
      <ErrorAlert error={closeSample.error} />
    </aside>
  );
}
