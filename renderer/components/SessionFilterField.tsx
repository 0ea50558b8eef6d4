import type { Session } from '@shared/domain/session';
import { sessionOptions } from '../forms/options';
import { NO_SESSION } from '../forms/session-filter';
import { strings } from '../strings';
import { FilterSelect } from './FilterSelect';

export interface SessionFilterFieldProps {
  /** ALL, NO_SESSION or a session number as text (see forms/session-filter.ts). */
  value: string;
  sessions: readonly Session[];
  onChange: (value: string) => void;
}

/** "Filter by session": every list that can be narrowed to one session uses this one control. */
export function SessionFilterField({ value, sessions, onChange }: SessionFilterFieldProps) {
  const text = strings.sessionFilter;
  return (
    <FilterSelect
      label={text.label}
      allLabel={text.all}
      value={value}
      options={[...sessionOptions(sessions, 'number'), { value: NO_SESSION, label: text.none }]}
      onChange={onChange}
    />
  );
}
