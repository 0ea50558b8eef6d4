import { MAX_REPLIES } from '../review/candidate-reply';

/**
 * How much a bundle's JSON files may hold, in one place: the schemas (`.max()`), the reader's
 * scan before parsing (electron/core/bundle/read/read-bundle-entries.ts) and docs/formats.md
 * agree on these. Together they bound the memory an import takes
 * (`npm run bench -- bundle-caps` measures the worst shapes they allow), while staying far above
 * any real portfolio: the program has ten sessions and a template of at most 200 assignments,
 * and a candidate writes a few hundred reflections and contact-log entries over the program.
 * Tombstones count too, as they travel.
 */
export const BUNDLE_RECORD_CAPS = {
  sessions: 500,
  assignments: 2_000,
  logEntries: 5_000,
  artifacts: 5_000,
  reflections: 5_000,
  /** The candidate's replies in reviewers' threads (portfolio.reviewReplies). */
  reviewReplies: MAX_REPLIES,
  /** Received reviews, one per reviewer (a mentor and an instructor, and a few over the years). */
  reviews: 20,
} as const;
export type BundleRecordKind = keyof typeof BUNDLE_RECORD_CAPS;

/** How a sentence names each kind: "more than the 20,000 mentor log entries this app allows". */
export const BUNDLE_RECORD_NAMES: Record<BundleRecordKind, string> = {
  sessions: 'sessions',
  assignments: 'assignments',
  logEntries: 'mentor log entries',
  artifacts: 'artifact records',
  reflections: 'reflections',
  reviewReplies: 'replies to reviewers',
  reviews: 'received reviews',
};

/** Where each kind's array sits in portfolio.json, as a path of keys from the top. */
export const BUNDLE_RECORD_PATHS: Record<BundleRecordKind, string> = {
  sessions: 'portfolio.sessions',
  assignments: 'portfolio.assignments',
  logEntries: 'portfolio.logEntries',
  artifacts: 'portfolio.artifacts',
  reflections: 'reflections',
  reviewReplies: 'portfolio.reviewReplies',
  reviews: 'reviews',
};

/**
 * portfolio.json's size (as the app writes it, indented). Reflections are most of it: 190 long
 * ones (2,000 words each) fit. Measured, not guessed: the import of the worst bundle these caps
 * allow peaks under 300 MB, and the importer's copies of the text are what grows with it.
 */
export const MAX_DATA_JSON_BYTES = 10 * 1024 * 1024;

/**
 * Every value in portfolio.json (objects, arrays, strings, numbers, literals): bounds what
 * JSON.parse builds however small each value is. The record caps filled with the smallest valid
 * records take about 325,000; a 2,000-word reflection about 1,300.
 */
export const MAX_DATA_JSON_VALUES = 450_000;

/** Files a manifest lists: the zip itself holds at most 100,000 entries, the manifest among them. */
export const MAX_MANIFEST_FILES = 100_000;

/** manifest.json: about 150 bytes and 4 values per file listed, plus a few fields. */
export const MAX_MANIFEST_JSON_BYTES = 16 * 1024 * 1024;
export const MAX_MANIFEST_JSON_VALUES = 4 * MAX_MANIFEST_FILES + 100;

/**
 * Nesting: a reflection's body nests at most 20 levels of nodes (two JSON levels each) under
 * about six levels of portfolio.json; deeper text is not one this app wrote.
 */
export const MAX_JSON_DEPTH = 64;
