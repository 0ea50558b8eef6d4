import type { IsoDate } from '@shared/domain/dates';
import { formatCalendarDate } from '@shared/time/calendar-date';

/** "Sat, Mar 14, 2026" in the user's locale, for a YYYY-MM-DD calendar date. */
export function formatDate(date: IsoDate): string {
  return formatCalendarDate(date);
}

const dateTimeFormat = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});

/** "Mar 14, 2026, 4:05 PM" in the user's locale and time zone, for a stored timestamp. */
export function formatDateTime(isoDateTime: string): string {
  return dateTimeFormat.format(new Date(isoDateTime));
}
