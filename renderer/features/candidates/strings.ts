import type { ChangeKind, ChangeWhat } from '@shared/review/portfolio-changes';

/** The words of My candidates, the changes list and the cohort pages. */
export const candidatesStrings = {
  title: 'My candidates',
  intro:
    'The candidates whose portfolios you review, from the bundles they sent you. Their portfolios are never changed here.',
  empty:
    'No candidates yet. Ask your candidate for their .ctoportfolio file, then choose Import a bundle… above (or drop the file on this window) and import it for review.',
  caption: 'My candidates; choose a column heading to sort by it',
  columns: {
    name: 'Name',
    organisation: 'District',
    cohortYear: 'Cohort',
    sessionsAttended: 'Sessions attended',
    assignmentsPassed: 'Assignments passed',
    overdue: 'Overdue',
    latestBundleAt: 'Latest bundle',
    changesSinceLastLook: 'Changes since I looked',
    nextReport: 'Next monthly report',
  },
  actions: 'Actions',
  sortBy: (column: string) => `Sort by ${column}`,
  passedValue: (count: number, total: number) => `${count} of ${total}`,
  noValue: 'Not set',
  unnamed: 'Unnamed candidate',
  changesLink: (count: number) => (count === 1 ? '1 change' : `${count} changes`),
  changesLinkLabel: (count: number, name: string) =>
    `${count === 1 ? '1 change' : `${count} changes`} since you last looked at ${name}'s portfolio`,
  stale: 'Over 30 days old',
  staleSummary: (count: number) =>
    count === 1
      ? 'One candidate has sent no bundle for 30 days or more.'
      : `${count} candidates have sent no bundle for 30 days or more.`,
  reportDue: (month: string, due: string) => `${month}: due ${due}`,
  lastReport: { draft: 'Last report: draft', final: 'Last report: final', none: 'No report yet' },
  remove: 'Remove…',
  openChanges: 'What changed',
  removeTitle: (name: string) => `Remove ${name}'s portfolio?`,
  removeText:
    'It is removed from this computer only, with your grades, comments and reports for it. The .ctoportfolio file is not touched: you can import it again.',
  confirmRemove: 'Remove',
  removed: (name: string) => `Removed ${name}'s portfolio.`,
  cohortHeading: 'Cohort',
  cohortText:
    'For the program coordinator: one spreadsheet row per candidate (attendance, assignments passed, overdue, evidence coverage, latest report, work-study hours, latest bundle), and the program feedback the candidates gave.',
  exportCohort: 'Export cohort CSV',
  feedbackLink: 'Program feedback by session',
  changes: {
    title: (name: string) => `What changed: ${name}`,
    back: 'All my candidates',
    since: 'Show changes since',
    sinceOptions: { 'last-look': 'I last looked', 'previous-bundle': 'the previous bundle' },
    sinceSeen: (when: string) => `You last marked this portfolio as seen on ${when}.`,
    neverSeen: 'You have not marked this portfolio as seen yet, so everything in it counts as new.',
    none: {
      'last-look': 'Nothing changed since you last looked.',
      'previous-bundle': 'Nothing changed since the previous bundle.',
    },
    markSeen: 'Mark as seen',
    marked: 'Marked as seen: the count starts again from here.',
    notFound: 'This candidate is not in My candidates. Choose one from the list.',
  },
  kinds: {
    session: 'Sessions',
    assignment: 'Assignments',
    reflection: 'Reflections',
    artifact: 'Artifacts',
    'log-entry': 'Mentor log',
  } satisfies Record<ChangeKind, string>,
  what: { new: 'New', changed: 'Changed', deleted: 'Deleted' } satisfies Record<ChangeWhat, string>,
  feedback: {
    title: 'Program feedback',
    intro: (candidates: number) =>
      `What the candidates said about each session, across ${candidates === 1 ? 'one candidate' : `${candidates} candidates`}.`,
    average: (average: number, count: number) =>
      `Average rating ${average} of 5 from ${count === 1 ? 'one candidate' : `${count} candidates`}`,
    noRatings: 'No ratings yet',
    noComments: 'No comments.',
    empty: 'No candidates yet: import a bundle in My candidates first.',
  },
} as const;
