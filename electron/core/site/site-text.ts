import type { Attendance } from '@shared/domain/session';
import { NO_DATE_YET, NOT_SET } from '@shared/format/empty-values';
import type { ReflectionStatus } from '@shared/domain/reflection';

/**
 * The words of the web version, in one place. The pages are rendered in Node with a fixed
 * locale and time zone, so the same data exported at the same moment gives the same bytes.
 */
export const SITE_TEXT = {
  skipLink: 'Skip to content',
  navLabel: 'Portfolio pages',
  pages: {
    overview: 'Overview',
    sessions: 'Sessions',
    assignments: 'Assignments',
    reflections: 'Reflections',
    artifacts: 'Artifacts',
    evidence: 'Evidence map',
    reports: 'Progress reports',
  },
  portfolioOf: (name: string) => (name ? `Portfolio of ${name}` : 'Portfolio'),
  pageTitle: (page: string, name: string) => `${page} · ${SITE_TEXT.portfolioOf(name)}`,
  footer: (appVersion: string, date: string) =>
    `A read-only copy exported from CTO Mentor Portfolio ${appVersion} on ${date}.`,
  notSet: NOT_SET,
  noDate: NO_DATE_YET,
  none: 'None',
  attendance: {
    unrecorded: 'Not recorded',
    attended: 'Attended',
    excused: 'Excused',
    absent: 'Absent',
  } satisfies Record<Attendance, string>,
  reflectionStatus: { draft: 'Draft', final: 'Final' } satisfies Record<ReflectionStatus, string>,
  rating: (rating: number) => `${rating} of 5`,
  ofTotal: (done: number, total: number) => `${done} of ${total}`,
  mentorFeedback: 'Mentor feedback',
  noSession: 'No session',
  reviewedBy: "Reviewers' grades",
  reviewerGrades: 'Grades from mentor and instructor',
  gradedBy: (result: string, reviewer: string, date: string) =>
    `${result}, graded by ${reviewer}, ${date}`,
  noReports: 'No final progress report yet.',
  ratingsCaption: 'Rating of each candidate area, with a note',
  yes: 'Yes',
  no: 'No',
  signedBy: (name: string, date: string) => `Signed by ${name} on ${date}`,
  notSigned: 'Not signed',
  finalHash: (sha256: string) => `final · SHA-256 ${sha256}`,
} as const;

const dateFormat = new Intl.DateTimeFormat('en-US', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "Sat, Mar 14, 2026" for a YYYY-MM-DD date, or the date part of an ISO date-time (UTC). */
export function formatSiteDate(isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number) as [number, number, number];
  return dateFormat.format(new Date(Date.UTC(y, m - 1, d)));
}
