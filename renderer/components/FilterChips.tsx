import { useId } from 'react';
import { strings } from '../strings';

export interface ChipOption<T extends string> {
  value: T;
  label: string;
  /** How many records this choice shows, with the list's other filters as they are. */
  count: number;
}

export interface FilterChipsProps<T extends string> {
  /** What the chips choose, for screen readers ("Filter by status"). */
  label: string;
  value: T;
  options: readonly ChipOption<T>[];
  onChange: (value: T) => void;
}

/**
 * One choice out of a few as a row of chips with counts. They are radio buttons underneath, so
 * Tab reaches the chosen one, the arrow keys choose, and it works the same in a read-only view.
 * A choice that would show nothing is left out, unless it is the chosen one.
 */
export function FilterChips<T extends string>({
  label,
  value,
  options,
  onChange,
}: FilterChipsProps<T>) {
  const name = useId();
  const shown = options.filter((option) => option.count > 0 || option.value === value);
  return (
    <fieldset className="filter-chips">
      <legend className="visually-hidden">{label}</legend>
      {shown.map((option) => (
        <label key={option.value} className="filter-chip">
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={option.value === value}
            aria-label={strings.chipCount(option.label, option.count)}
            onChange={() => onChange(option.value)}
          />
          <span aria-hidden="true">{option.label}</span>
          <span aria-hidden="true" className="filter-chip-count">
            {option.count}
          </span>
        </label>
      ))}
    </fieldset>
  );
}

/** Each of `values` with how many `items` it would show: the counts of a row of chips. */
export function chipCounts<T extends string, I>(
  values: readonly { value: T; label: string }[],
  items: readonly I[],
  shows: (item: I, value: T) => boolean,
): ChipOption<T>[] {
  return values.map((choice) => ({
    ...choice,
    count: items.filter((item) => shows(item, choice.value)).length,
  }));
}
