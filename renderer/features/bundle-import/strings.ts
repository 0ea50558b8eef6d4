import { countOf } from '../../strings';

/** "Jordan Rivera’s portfolio", or "the portfolio" when the bundle names no one. */
const bundleImportWhose = (name: string) => (name ? `${name}’s portfolio` : 'the portfolio');

/** Importing a portfolio bundle: checking it, the summary, and what changed. */
export const bundleImportStrings = {
  uploadProgress: (bytes: string, totalBytes: string) => `${bytes} of ${totalBytes}`,
  importHeading: 'Import',
  importText:
    "Bring in a .ctoportfolio file (your own portfolio from another computer, or a candidate's portfolio to review) or a .ctoreview file your mentor or instructor sent you. Nothing changes until you have seen what the file holds and chosen Import.",
  chooseBundle: 'Import a bundle…',
  importFromOtherComputer: 'Import my portfolio from another computer',
  welcomeImportHint: 'Used the app on another computer already?',
  fileInput: 'Portfolio bundle or review file (.ctoportfolio, .ctoreview)',
  sending: (fileName: string) => `Reading ${fileName}…`,
  checkingTitle: 'Checking the bundle…',
  checking: 'Checking every file in the bundle before anything changes.',
  importCancelled: 'Import cancelled; nothing was changed.',
  alreadyImporting: 'Finish or cancel the import in progress first.',
  summaryTitle: 'Import this portfolio?',
  whoseHeading: 'Whose portfolio',
  name: 'Name',
  organisation: 'District or organisation',
  cohort: 'Cohort',
  exportedAt: 'Exported',
  appVersion: 'Made with app version',
  unnamed: 'No name given',
  includesPrivate: 'This file includes private items.',
  kindText: {
    merge: 'This is your own portfolio from another computer: changes will be merged.',
    adopt: 'This computer has no portfolio of its own yet: this one becomes your portfolio here.',
    'review-new': "This is someone else's portfolio: it will be added to My candidates, read-only.",
    'review-update':
      'You already have this portfolio in My candidates: its content will be replaced by this file; anything you wrote about it is kept.',
  },
  olderThanCurrent:
    'This file is older than the copy you already have: importing it brings back older content.',
  nothingToChange: 'You already have everything in this file; importing changes nothing.',
  changesHeading: 'What changes',
  changes: {
    added: 'Added',
    updated: 'Updated',
    deleted: 'Deleted',
    conflicts: 'Conflicts (both versions kept)',
    unchanged: 'Unchanged',
  },
  artifactsHeading: 'Artifact files',
  artifactFiles: (count: number, newCount: number, newSize: string) =>
    `${countOf(count, 'file')} in the bundle; ${newCount} new to this computer (${newSize}).`,
  bundleSize: (fileName: string, size: string) => `${fileName}, ${size}`,
  importAs: 'How to import it',
  asReview: 'Add to My candidates',
  asMine: 'Use as my portfolio on this computer',
  import: 'Import',
  importing: 'Importing…',
  close: 'Close',
  imported: {
    work: (c: { assignments: number; reflections: number; artifacts: number }) =>
      [
        countOf(c.assignments, 'assignment'),
        countOf(c.reflections, 'reflection'),
        countOf(c.artifacts, 'artifact'),
      ].join(', '),
    adopt: (name: string, work: string) => `Imported ${bundleImportWhose(name)}: ${work}.`,
    'review-new': (name: string, work: string) =>
      `Added ${bundleImportWhose(name)} to My candidates: ${work}.`,
    'review-update': (name: string, work: string) =>
      `Updated ${bundleImportWhose(name)} in My candidates: ${work}.`,
    merge: ({ added, updated, deleted }: { added: number; updated: number; deleted: number }) => {
      const parts = [
        added > 0 ? countOf(added, 'new item') : '',
        updated > 0 ? `${updated} changed` : '',
        deleted > 0 ? `${deleted} removed` : '',
      ].filter(Boolean);
      return `Merged your portfolio from the other computer: ${parts.length > 0 ? parts.join(', ') : 'nothing was new'}.`;
    },
  },
  openConflicts: (count: number) =>
    `${countOf(count, 'conflict')} to resolve: choose which version to keep.`,
  review: {
    checkingTitle: 'Checking the review…',
    summaryTitle: 'Apply this review?',
    fromHeading: 'From',
    reviewer: 'Reviewer',
    role: 'Role',
    exportedAt: 'Sent',
    fileSize: (fileName: string, size: string) => `${fileName}, ${size}`,
    newHeading: 'What is new',
    grades: 'Grades',
    comments: 'Comments',
    reports: 'Final progress reports',
    keepsYourWork: 'Applying it adds the review beside your work; nothing you wrote changes.',
    same: 'You already have this review.',
    older: 'This review is older than the one you have: nothing changed.',
    apply: 'Apply review',
    applying: 'Applying…',
    close: 'Close',
    applied: (reviewer: string, counts: string) =>
      `Applied the review from ${reviewer}: ${counts}.`,
    notApplied: (sentence: string) => sentence,
  },
} as const;
