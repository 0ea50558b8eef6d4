import { TextField, type TextFieldProps } from './TextField';

export type DateFieldProps = Omit<TextFieldProps, 'type' | 'inputMode' | 'min' | 'max'>;

/**
 * The browser's own date input: keyboard and screen-reader support come built in. The range keeps
 * the year to four digits, which is what the schemas accept.
 */
export function DateField(props: DateFieldProps) {
  return <TextField {...props} type="date" min="2000-01-01" max="2100-12-31" />;
}
