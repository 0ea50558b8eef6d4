import { useReadOnly } from '../data/use-app-info';
import { ReadOnlyValue } from './ReadOnlyValue';
import { describedBy, useFieldIds } from './use-field-ids';
import { FieldMessages } from './FieldMessages';

export interface SelectOption<T extends string> {
  value: T;
  label: string;
}

export interface SelectFieldProps<T extends string> {
  label: string;
  value: T;
  options: readonly SelectOption<T>[];
  help?: string;
  error?: string | undefined;
  className?: string;
  /**
   * A choice of what to show (a filter), not a change of data: it stays a select where the
   * page is read-only (a candidate's copy, a read-only folder).
   */
  viewChoice?: boolean;
  onChange: (value: T) => void;
}

/** A labelled native select: familiar, and fully usable with the keyboard on every platform. */
export function SelectField<T extends string>({
  label,
  value,
  options,
  help,
  error,
  className = 'field',
  viewChoice = false,
  onChange,
}: SelectFieldProps<T>) {
  const ids = useFieldIds();
  const readOnly = useReadOnly();
  if (readOnly && !viewChoice) {
    const chosen = options.find((option) => option.value === value);
    return <ReadOnlyValue label={label} value={chosen?.label ?? ''} />;
  }
  return (
    <div className={className}>
      <label htmlFor={ids.control}>{label}</label>
      <select
        id={ids.control}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(ids, help, error)}
        onChange={(event) => {
          // Only values we rendered as options can come back.
          onChange(event.target.value as T);
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldMessages helpId={ids.help} errorId={ids.error} help={help} error={error} />
    </div>
  );
}
