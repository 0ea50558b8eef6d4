import type { LucideIcon } from 'lucide-react';
import { ErrorAlert } from '../components/ErrorAlert';
import { useOpenSample } from '../data/mutations';
import { useReadOnly } from '../data/use-app-info';
import { shellStrings } from './strings';

export interface OpenSampleButtonProps {
  className?: string;
  /** In the navigation: its picture, with the words as the label a narrow sidebar shows on hover. */
  icon?: LucideIcon;
}

/** Swaps the open portfolio for the built-in sample; the banner then offers the way back. */
export function OpenSampleButton({ className = 'button', icon: Icon }: OpenSampleButtonProps) {
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
        {Icon ? (
          <>
            <Icon className="nav-icon" aria-hidden="true" focusable="false" />
            <span className="nav-label">{shellStrings.openSample}</span>
          </>
        ) : (
          shellStrings.openSample
        )}
      </button>
      <ErrorAlert error={openSample.error} />
    </>
  );
}
