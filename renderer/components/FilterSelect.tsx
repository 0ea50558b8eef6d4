import { ALL } from '../forms/session-filter';
import { SelectField, type SelectOption } from './SelectField';

export interface FilterSelectProps<T extends string> {
  label: string;
  /** The first choice, which lets everything through (its value is ALL). */
  allLabel: string;
  value: T | typeof ALL;
  options: readonly SelectOption<T>[];
  onChange: (value: T | typeof ALL) => void;
}

/** A select that narrows a list: "all" first, then the choices; every filter looks and reads alike. */
export function FilterSelect<T extends string>({
  label,
  allLabel,
  value,
  options,
  onChange,
}: FilterSelectProps<T>) {
  return (
    <SelectField<T | typeof ALL>
      className="filter"
      viewChoice
      label={label}
      value={value}
      options={[{ value: ALL, label: allLabel }, ...options]}
      onChange={onChange}
    />
  );
}
