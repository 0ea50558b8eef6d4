import { useId } from 'react';

export interface ProgressMeterProps {
  label: string;
  value: number;
  max: number;
  /** The figure as people say it, e.g. "3 of 8". */
  valueText: string;
}

/**
 * A native <progress> named by its label, with the figure in text beside it: no inline styles
 * (the CSP allows none) and the number is never only a bar length.
 */
export function ProgressMeter({ label, value, max, valueText }: ProgressMeterProps) {
  const id = useId();
  return (
    <div className="progress-meter">
      <div className="progress-meter-text">
        <label htmlFor={id}>{label}</label>
        <span className="progress-meter-value">{valueText}</span>
      </div>
      <progress id={id} value={value} max={Math.max(max, 1)} aria-valuetext={valueText}>
        {valueText}
      </progress>
    </div>
  );
}
