import { TextField, type TextFieldProps } from './TextField';

export type DateFieldProps = Omit<
  TextFieldProps,
  'type' | 'inputMode' | 'min' | 'max' | 'onSettle'
>;

/**
 * What a date field holds while its text is not a real date (31 February): the browser reports
 * such input as an empty value and fires no change, so without this marker the form would save
 * "no date". The shared date schema refuses the marker with its usual sentence, by the field.
 */
export const UNREADABLE_DATE = 'unreadable-date';

/**
 * The browser's own date input: keyboard and screen-reader support come built in. The range keeps
 * the year to four digits, which is what the schemas accept.
 */
export function DateField({ value, onChange, ...props }: DateFieldProps) {
  const readBack = (input: HTMLInputElement) => {
    const next = input.validity.badInput ? UNREADABLE_DATE : input.value;
    if (next !== value) onChange(next);
  };
  return (
    <TextField
      {...props}
      type="date"
      min="2000-01-01"
      max="2100-12-31"
      // The marker never reaches the input, so the user's half-typed date stays on screen.
      value={value === UNREADABLE_DATE ? '' : value}
      onChange={onChange}
      onSettle={readBack}
    />
  );
}
