import { z } from 'zod';

/** A calendar date without a time zone, as people mean it: "the session is on 2026-03-14". */
export const isoDateSchema = z.iso.date({ error: 'Use a date in the form YYYY-MM-DD.' });
export type IsoDate = z.infer<typeof isoDateSchema>;

/** Today's date in the user's own time zone (not UTC), as YYYY-MM-DD. */
export function localIsoDate(at: Date): IsoDate {
  const y = at.getFullYear();
  const m = String(at.getMonth() + 1).padStart(2, '0');
  const d = String(at.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

const DAY_MS = 86_400_000;

function toUtcDays(date: IsoDate): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toUtcDays(to) - toUtcDays(from);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date((toUtcDays(date) + days) * DAY_MS).toISOString().slice(0, 10);
}

/** "2026-03" of a date, for grouping by month. */
export function monthOf(date: IsoDate): string {
  return date.slice(0, 7);
}
