import { useReadOnly } from '../data/use-app-info';
import { ReadOnlyValue } from './ReadOnlyValue';
import { describedBy, useFieldIds } from './use-field-ids';
import { FieldMessages } from './FieldMessages';

export interface TextAreaFieldProps {
  label: string;
  value: string;
  help?: string;
  error?: string | undefined;
  rows?: number;
  onChange: (value: string) => void;
}

/** A labelled multi-line input with its help and error text. */
export function TextAreaField({
  label,
  value,
  help,
  error,
  rows = 4,
  onChange,
}: TextAreaFieldProps) {
  const ids = useFieldIds();
  const readOnly = useReadOnly();
  if (readOnly) return <ReadOnlyValue label={label} value={value} multiline />;
  return (
    <div className="field">
      <label htmlFor={ids.control}>{label}</label>
      <textarea
        id={ids.control}
        value={value}
        rows={rows}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(ids, help, error)}
        onChange={(event) => onChange(event.target.value)}
      />
      <FieldMessages helpId={ids.help} errorId={ids.error} help={help} error={error} />
    </div>
  );
}
