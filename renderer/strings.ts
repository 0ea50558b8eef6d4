import { NO_DATE_YET, NOT_SET } from '@shared/format/empty-values';
/**
 * The words the whole app shares: its name, common buttons, errors, and the words of the shared
 * components in renderer/components. Each feature owns its own words beside it
 * (renderer/features/<feature>/strings.ts; the shell's are in renderer/app/strings.ts), so wording
 * can be reviewed, or translated, feature by feature without reading components. Labels of domain
 * values (statuses, kinds, channels) live beside their schemas in shared/.
 */
/** "1 conflict", "3 conflicts". */
export const countOf = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

export const strings = {
  appName: 'CTO Mentor Portfolio',
  pageTitle: (page: string) => `${page} · CTO Mentor Portfolio`,
  loading: 'Loading your portfolio…',
  loadingPage: 'Loading the page…',
  saving: 'Saving…',
  tryAgain: 'Try again',
  cancel: 'Cancel',
  edit: 'Edit',
  /** A row's link in a read-only portfolio, where it opens the item to read, not to edit. */
  open: 'Open',
  noneChosen: 'None',
  delete: 'Delete',
  dismiss: 'Dismiss',
  notSet: NOT_SET,
  noDate: NO_DATE_YET,
  optional: '(optional)',
  /** A row's control named with its row, "Delete: Budget memo", not ten times "Delete". */
  rowAction: (action: string, row: string) => `${action}: ${row}`,
  /** The row menu's button, named with its row: "Actions: Budget memo". */
  rowMenu: 'Actions',
  /** A filter chip's count, for screen readers: "Overdue, 3". */
  chipCount: (label: string, count: number) => `${label}, ${count}`,
  errors: {
    unreachable:
      'The app could not reach its data; your last change may not be saved. Reload the window and try again.',
    badAnswer:
      'The app received an answer it did not understand; your data is unchanged. Reload the window and try again.',
    unexpected: 'Something went wrong; your data is unchanged. Please try again.',
    renderFailed: 'This page could not be shown. Go back to the dashboard and try again.',
    backToDashboard: 'Back to the dashboard',
    notFoundTitle: 'Page not found',
    notFound: 'There is nothing at this address. Choose a page from the navigation.',
    cannotImport: 'This window cannot import files. Open the app from its own link and try again.',
    cannotAddFiles: 'This window cannot add files. Open the app from its own link and try again.',
  },
  toast: {
    notificationsLabel: 'Notifications',
    undo: 'Undo',
  },
  job: {
    starting: 'Starting…',
    progressLabel: 'Progress',
    progress: (bytes: string, totalBytes: string, items: number, totalItems: number) =>
      `${bytes} of ${totalBytes}, ${items} of ${totalItems} files`,
    cancelling: 'Cancelling…',
  },
  /** The urgency filters' words; a badge says how soon (dueIn). */
  urgency: {
    overdue: 'Overdue',
    'due-soon': 'Due within 7 days',
  },
  /** A badge's "Due today", "Due in 3 days": the words of shared/time/relative-due.ts. */
  dueIn: (words: string) => `Due ${words}`,
  sessionFilter: {
    label: 'Filter by session',
    all: 'All sessions',
    none: 'No session',
  },
  links: {
    sessions: 'Sessions',
    assignments: 'Assignments',
    artifacts: 'Artifacts',
    reflections: 'Reflections',
    competencies: 'Competencies',
    chosen: (count: number) => (count === 0 ? 'none chosen' : `${count} chosen`),
    noneAvailable: 'Nothing to choose from yet.',
    noSession: 'No session',
    private: 'Private (left out of exports unless you include it)',
  },
} as const;
