import { useReadOnly } from '../data/use-app-info';
import { ReadOnlyValue } from './ReadOnlyValue';
import { describedBy, useFieldIds } from './use-field-ids';
import { FieldMessages } from './FieldMessages';
import type { SelectOption } from './SelectField';

export interface RadioGroupFieldProps<T extends string> {
  label: string;
  value: T;
  options: readonly SelectOption<T>[];
  help?: string;
  error?: string | undefined;
  onChange: (value: T) => void;
}

/**
 * Native radio buttons in a group named by its label: arrow keys move between them and a screen
 * reader announces "Attendance, radio group".
 */
export function RadioGroupField<T extends string>({
  label,
  value,
  options,
  help,
  error,
  onChange,
}: RadioGroupFieldProps<T>) {
  const ids = useFieldIds();
  const readOnly = useReadOnly();
  if (readOnly) {
    const chosen = options.find((option) => option.value === value);
    return <ReadOnlyValue label={label} value={chosen?.label ?? ''} />;
  }
  const labelId = `${ids.control}-label`;
  return (
    <div className="field">
      <span id={labelId} className="field-label">
        {label}
      </span>
      <div
        role="radiogroup"
        className="radio-row"
        aria-labelledby={labelId}
        aria-describedby={describedBy(ids, help, error)}
      >
        {options.map((option) => (
          <label key={option.value} className="radio-option">
            <input
              type="radio"
              name={ids.control}
              value={option.value}
              checked={option.value === value}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      <FieldMessages helpId={ids.help} errorId={ids.error} help={help} error={error} />
    </div>
  );
}
