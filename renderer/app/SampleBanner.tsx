import { ErrorAlert } from '../components/ErrorAlert';
import { useCloseSample } from '../data/mutations';
import { shellStrings } from './strings';

/** Always visible while the sample is open, so nobody mistakes it for their own work. */
export function SampleBanner() {
  const closeSample = useCloseSample();
  return (
    <aside className="sample-banner" aria-label={shellStrings.sampleBannerLabel}>
      <p>{shellStrings.sampleBanner}</p>
      <button
        type="button"
        className="button button-primary"
        disabled={closeSample.isPending}
        onClick={() => closeSample.mutate({})}
      >
        {shellStrings.returnToOwn}
      </button>
      <ErrorAlert error={closeSample.error} />
    </aside>
  );
}
