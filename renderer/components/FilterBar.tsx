import type { ReactNode } from 'react';
import type { Session } from '@shared/domain/session';
import { SessionFilterField } from './SessionFilterField';
import './filter-bar.css';

/** Gives each control of the bar a setter for its own key of the filters. */
export type FilterSetter<F> = <K extends keyof F>(key: K) => (value: F[K]) => void;

export interface FilterBarProps<F extends { session: string }> {
  /** What the group filters, for screen readers ("Filter assignments"). */
  label: string;
  filters: F;
  sessions: readonly Session[];
  onChange: (filters: F) => void;
  /** What the filters leave ("Showing 5 of 21 assignments."), said as it changes. */
  summary?: ReactNode;
  /** The list's own controls, after the session filter every list shares. */
  children: (set: FilterSetter<F>) => ReactNode;
}

/**
 * A list's filters as one labelled, compact group: the session first, then the list's own
 * (selects, then chips); each change applies at once.
 */
export function FilterBar<F extends { session: string }>({
  label,
  filters,
  sessions,
  summary,
  onChange,
  children,
}: FilterBarProps<F>) {
  const set: FilterSetter<F> = (key) => (value) => onChange({ ...filters, [key]: value });
  return (
    <div className="filter-bar filter-strip" role="group" aria-label={label}>
      <SessionFilterField value={filters.session} sessions={sessions} onChange={set('session')} />
      {children(set)}
      {summary === undefined ? null : (
        <p role="status" className="filter-summary muted">
          {summary}
        </p>
      )}
    </div>
  );
}
