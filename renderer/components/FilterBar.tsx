import type { ReactNode } from 'react';
import type { Session } from '@shared/domain/session';
import { SessionFilterField } from './SessionFilterField';

/** Gives each control of the bar a setter for its own key of the filters. */
export type FilterSetter<F> = <K extends keyof F>(key: K) => (value: F[K]) => void;

export interface FilterBarProps<F extends { session: string }> {
  /** What the group filters, for screen readers ("Filter assignments"). */
  label: string;
  filters: F;
  sessions: readonly Session[];
  onChange: (filters: F) => void;
  /** The list's own controls, after the session filter every list shares. */
  children: (set: FilterSetter<F>) => ReactNode;
}

/** A list's filters as one labelled group: the session first, then the list's own; each change applies at once. */
export function FilterBar<F extends { session: string }>({
  label,
  filters,
  sessions,
  onChange,
  children,
}: FilterBarProps<F>) {
  const set: FilterSetter<F> = (key) => (value) => onChange({ ...filters, [key]: value });
  return (
    <div className="filter-bar" role="group" aria-label={label}>
      <SessionFilterField value={filters.session} sessions={sessions} onChange={set('session')} />
      {children(set)}
    </div>
  );
}
