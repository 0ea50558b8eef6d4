import { countOf } from '../../strings';

/** The export page's words. */
export const exportStrings = {
  title: 'Export & import',
  intro:
    'Take your portfolio to a mentor or another computer, and your program data to other apps. Files are saved where your browser or the app asks.',
  calendarHeading: 'Calendar',
  calendarText:
    'Session dates and due dates as an .ics file for Outlook, Google or Apple Calendar.',
  calendar: 'Export calendar (.ics)',
  csvHeading: 'Assignments',
  csvText: 'Every assignment with its session, due date, status and grade, as a spreadsheet file.',
  csv: 'Export assignments (CSV)',
  saved: (fileName: string) => `Saved ${fileName}.`,
} as const;

/** Exporting a portfolio bundle: what goes in, and how it went. */
export const bundleExportStrings = {
  exportHeading: 'Portfolio bundle',
  exportText:
    'Your whole portfolio in one .ctoportfolio file: to move it to another computer, keep a copy, or give it to your mentor. It holds a web version anyone can read in a browser.',
  previewLoading: 'Counting what goes in…',
  previewHeading: 'What goes in',
  counts: {
    sessions: 'Sessions',
    assignments: 'Assignments',
    reflections: 'Reflections',
    artifacts: 'Artifacts',
    logEntries: 'Mentor log entries',
  },
  totalSize: 'Total size',
  privateLeftOut: (reflections: number, artifacts: number) =>
    `${countOf(reflections, 'private reflection')} and ${countOf(artifacts, 'private artifact')} are left out.`,
  noPrivateLeftOut: 'Nothing is left out.',
  includePrivate: 'Include private items',
  export: 'Export portfolio bundle',
  exporting: 'Exporting your portfolio',
  exportCancelled: 'Export cancelled; no file was written.',
  savedTo: (fileName: string, path: string) => `Saved ${fileName} to ${path}.`,
  downloaded: (fileName: string, size: string) =>
    `Exported ${fileName} (${size}); your browser saves it in its downloads folder.`,
} as const;

/** Saving the portfolio for other systems and for paper. */
export const otherFormatStrings = {
  heading: 'Other formats',
  text: 'The same portfolio for people and systems without this app.',
  formatLabel: 'Format',
  formats: {
    web: {
      label: 'Web version (.zip)',
      help: 'A folder of web pages anyone can open in a browser, packed as a zip: unzip it and open index.html.',
      button: 'Save web version',
    },
    leap2a: {
      label: 'Leap2A (.zip)',
      help: 'The ePortfolio exchange format: Mahara and other portfolio systems import it, with your files.',
      button: 'Save Leap2A file',
    },
    pdf: {
      label: 'PDF (.pdf)',
      help: 'One document to read or print: cover, contents, sessions, assignments and grades, every reflection, your artifacts and the evidence map.',
      button: 'Save PDF',
    },
  },
} as const;
