import type { ProgressReport } from './review-layer';

/** The month after `month` ("2026-12" -> "2027-01"). */
export function monthAfter(month: string): string {
  const [year, index] = month.split('-').map(Number) as [number, number];
  return index === 12 ? `${year + 1}-01` : `${year}-${String(index + 1).padStart(2, '0')}`;
}

/** The date a month's report is due: day `dueDay` of the next month. */
export function reportDueDate(month: string, dueDay: number): string {
  return `${monthAfter(month)}-${String(dueDay).padStart(2, '0')}`;
}

export interface ReportDue {
  month: string;
  due: string;
}

type ReportLike = Pick<ProgressReport, 'month' | 'state' | 'deletedAt'>;

/**
 * The next monthly report the reviewer owes: the earliest month, from the month of the
 * candidate's first bundle on, without a final report, and the date it is due by.
 */
export function nextReportDue(
  firstMonth: string,
  reports: readonly ReportLike[],
  dueDay: number,
): ReportDue {
  const final = new Set(
    reports.filter((r) => r.deletedAt === null && r.state === 'final').map((r) => r.month),
  );
  let month = firstMonth;
  while (final.has(month)) month = monthAfter(month);
  return { month, due: reportDueDate(month, dueDay) };
}

/** The state of the newest report (by month), or null when there is none. */
export function lastReportState(reports: readonly ReportLike[]): ReportLike['state'] | null {
  let last: ReportLike | null = null;
  for (const report of reports) {
    if (report.deletedAt !== null) continue;
    if (last === null || report.month > last.month) last = report;
  }
  return last?.state ?? null;
}
