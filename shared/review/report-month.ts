import { addDays, type IsoDate } from '../domain/dates';

/** Monthly progress reports are by month: "2026-11". */

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

function parts(month: string): [number, number] {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return [year, number];
}

/** The month after `month`. */
export function nextMonth(month: string): string {
  const [year, number] = parts(month);
  return number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`;
}

export function firstDayOf(month: string): IsoDate {
  return `${month}-01`;
}

export function lastDayOf(month: string): IsoDate {
  return addDays(firstDayOf(nextMonth(month)), -1);
}

/** The day a month's report is due: `dueDay` of the month after. */
export function reportDueDate(month: string, dueDay: number): IsoDate {
  return `${nextMonth(month)}-${String(dueDay).padStart(2, '0')}`;
}

/** "November 2026". */
export function monthLabel(month: string): string {
  const [year, number] = parts(month);
  return `${MONTH_NAMES[number - 1] ?? month} ${year}`;
}
