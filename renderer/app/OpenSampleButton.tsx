import { ErrorAlert } from '../components/ErrorAlert';
import { useOpenSample } from '../data/mutations';
import { useReadOnly } from '../data/use-app-info';
import { shellStrings } from './strings';

export interface OpenSampleButtonProps {
  className?: string;
}

/** Swaps the open portfolio for the built-in sample; the banner then offers the way back. */
export function OpenSampleButton({ className = 'button' }: OpenSampleButtonProps) {
  const openSample = useOpenSample();
  const readOnly = useReadOnly();
  return (
    <>
      <button
        type="button"
        className={className}
        disabled={openSample.isPending || readOnly}
        onClick={() => openSample.mutate({})}
      >
        {shellStrings.openSample}
      </button>
      <ErrorAlert error={openSample.error} />
    </>
  );
}
