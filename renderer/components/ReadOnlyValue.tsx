import type { ReactNode } from 'react';
import { strings } from '../strings';

export interface ReadOnlyValueProps {
  label: string;
  /** What the field holds, in words; an empty one reads "Not set". */
  value: ReactNode;
  /** Keep the text's own line breaks (notes, descriptions). */
  multiline?: boolean;
}

/**
 * A form field shown in a read-only portfolio: its label and its value as text, so a reader gets
 * the content without tabbing through inputs that cannot be changed.
 */
export function ReadOnlyValue({ label, value, multiline = false }: ReadOnlyValueProps) {
  const empty = value === '' || value === null || value === undefined;
  return (
    <div className="field field-read-only">
      <span className="field-label">{label}</span>
      <span className={multiline ? 'read-only-value read-only-multiline' : 'read-only-value'}>
        {empty ? <span className="muted">{strings.notSet}</span> : value}
      </span>
    </div>
  );
}
