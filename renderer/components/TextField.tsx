import { useReadOnly } from '../data/use-app-info';
import { formatDate } from './format-date';
import { ReadOnlyValue } from './ReadOnlyValue';
import { describedBy, useFieldIds } from './use-field-ids';
import { FieldMessages } from './FieldMessages';

export interface TextFieldProps {
  label: string;
  value: string;
  help?: string;
  error?: string | undefined;
  required?: boolean;
  type?: 'text' | 'date';
  inputMode?: 'text' | 'numeric';
  autoComplete?: string;
  min?: string;
  max?: string;
  onChange: (value: string) => void;
  /** After each key and on leaving the field, with the input itself (e.g. to read its validity). */
  onSettle?: (input: HTMLInputElement) => void;
}

/** A labelled single-line input (text or a native date picker) with its help and error text. */
export function TextField({
  label,
  value,
  help,
  error,
  required = false,
  type = 'text',
  inputMode,
  autoComplete = 'off',
  min,
  max,
  onChange,
  onSettle,
}: TextFieldProps) {
  const ids = useFieldIds();
  const readOnly = useReadOnly();
  if (readOnly) {
    const shown = type === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value) : value;
    return <ReadOnlyValue label={label} value={shown} />;
  }
  return (
    <div className="field">
      <label htmlFor={ids.control}>{label}</label>
      <input
        id={ids.control}
        type={type}
        value={value}
        required={required}
        inputMode={inputMode}
        autoComplete={autoComplete}
        min={min}
        max={max}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(ids, help, error)}
        onChange={(event) => onChange(event.target.value)}
        onKeyUp={onSettle && ((event) => onSettle(event.currentTarget))}
        onBlur={onSettle && ((event) => onSettle(event.currentTarget))}
      />
      <FieldMessages helpId={ids.help} errorId={ids.error} help={help} error={error} />
    </div>
  );
}
