import { shellStrings } from '../../app/strings';

/** The words of a candidate's screens as a mentor or instructor reads them. */
export const candidateViewStrings = {
  headerLabel: 'Candidate',
  portfolioOf: (name: string) => `${name}’s portfolio`,
  unnamed: 'Unnamed candidate',
  readOnlyNote: 'You are reading the candidate’s portfolio: it cannot be changed here.',
  back: 'Back to My candidates',
  navLabel: 'Candidate’s portfolio',
  nav: {
    // The candidate's pages keep the names the candidate sees them by.
    dashboard: shellStrings.nav.dashboard,
    sessions: shellStrings.nav.sessions,
    assignments: shellStrings.nav.assignments,
    reflections: shellStrings.nav.reflections,
    artifacts: shellStrings.nav.artifacts,
    evidence: shellStrings.nav.evidence,
    log: shellStrings.nav.log,
    changes: 'Changes',
    workStudy: 'Work study',
    reports: 'Progress reports',
  },
  /** A change of the candidate's content tried in the mentor's view of it. */
  refused:
    'This is the candidate’s own portfolio, shown read-only: only your review can be changed here.',
  badge: {
    added: 'New',
    changed: 'Changed',
    addedLong: 'New since the previous bundle',
    changedLong: 'Changed since the previous bundle',
  },
  loading: 'Loading the candidate’s portfolio…',
} as const;

/** What a reflection's text shows of its change since the candidate's previous bundle. */
export const textChangeStrings = {
  heading: 'Changes since the previous bundle',
  unchanged: 'The text has not changed since the previous bundle.',
  newReflection: 'This reflection is new since the previous bundle.',
  summary: (added: number, removed: number) =>
    `${wordsOf(added)} added, ${wordsOf(removed)} removed.`,
  addedStart: 'Added: ',
  removedStart: 'Removed: ',
  end: ' (end)',
  tooLong: 'The text changed too much to show word by word; the whole current text is above.',
} as const;

function wordsOf(count: number): string {
  return count === 1 ? '1 word' : `${count} words`;
}
