import type { IsoDate } from '@shared/domain/dates';
import { strings } from '../strings';
import { formatDate } from './format-date';

export interface DueDateProps {
  date: IsoDate | null;
}

/** A calendar date for people, machine-readable underneath. */
export function DueDate({ date }: DueDateProps) {
  if (date === null) return <span className="muted">{strings.noDate}</span>;
  return <time dateTime={date}>{formatDate(date)}</time>;
}
