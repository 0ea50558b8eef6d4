import type { ProgressReport } from '@shared/review/review-layer';
import { formatSiteDate, SITE_TEXT } from './site-text';

/** A report's written parts, in the order every rendering shows them. */
export const REPORT_TEXT_FIELDS = [
  ['strengths', 'Strengths'],
  ['concerns', 'Concerns'],
  ['nextSteps', 'Next steps'],
] as const;

/** What closes a report, as label and text: employment confirmed, and who signed it when. */
export function reportClosing(report: ProgressReport): [string, string][] {
  const { signOff } = report;
  return [
    [
      'Continued K-12 employment confirmed',
      report.employmentConfirmed ? SITE_TEXT.yes : SITE_TEXT.no,
    ],
    [
      'Sign-off',
      signOff
        ? SITE_TEXT.signedBy(signOff.name, formatSiteDate(signOff.date))
        : SITE_TEXT.notSigned,
    ],
  ];
}
