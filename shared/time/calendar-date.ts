import type { IsoDate } from '../domain/dates';

const OPTIONS: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  // Read in UTC so a calendar date is never shifted by the user's time zone.
  timeZone: 'UTC',
};
const defaultFormat = new Intl.DateTimeFormat(undefined, OPTIONS);

/** "Sat, Mar 14, 2026" in the user's locale (or `locale`), for a YYYY-MM-DD calendar date. */
export function formatCalendarDate(date: IsoDate, locale?: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const format = locale === undefined ? defaultFormat : new Intl.DateTimeFormat(locale, OPTIONS);
  return format.format(new Date(Date.UTC(y, m - 1, d)));
}

/** The calendar date it is at `at` in the IANA time zone `timeZone` ("Europe/Berlin"). */
export function isoDateInZone(at: Date, timeZone: string): IsoDate {
  // en-CA writes dates as YYYY-MM-DD; the parts avoid relying on that.
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
