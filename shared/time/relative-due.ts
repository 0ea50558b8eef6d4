import { daysBetween, type IsoDate } from '../domain/dates';
import { formatCalendarDate } from './calendar-date';

/** Within this many days either way a date is said in words; further away, as the date. */
export const RELATIVE_DAYS = 6;

/** A day offset from today in words: "today", "tomorrow", "in 5 days", "yesterday", "3 days ago". */
export function dayOffsetWords(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}

/**
 * When `due` is, seen from `today` (both calendar dates, so no clock or time zone shifts them):
 * words up to six days either way, then the date as the app writes dates.
 */
export function relativeDue(due: IsoDate, today: IsoDate, locale?: string): string {
  const days = daysBetween(today, due);
  return Math.abs(days) <= RELATIVE_DAYS ? dayOffsetWords(days) : formatCalendarDate(due, locale);
}
