import { z } from 'zod';
import { recordIdSchema } from '../domain/record';

/**
 * What importing a checked bundle would do, shown before anything changes (Import / Cancel):
 * - `merge`: a bundle of this computer's own portfolio (same portfolioId) made elsewhere; records
 *   are merged one by one (shared/sync), conflicts kept for the user.
 * - `adopt`: this computer has not been used yet (no own work), so the bundle becomes its
 *   portfolio, e.g. on a candidate's second computer.
 * - `review-new` / `review-update`: someone else's portfolio, added to "Reviewed portfolios", or
 *   replacing the copy there (anything the mentor wrote is kept).
 */
export const IMPORT_KINDS = ['merge', 'adopt', 'review-new', 'review-update'] as const;
export const importKindSchema = z.enum(IMPORT_KINDS);
export type ImportKind = z.infer<typeof importKindSchema>;

/** How the user may choose to take a bundle of someone else's portfolio. */
export const importAsSchema = z.enum(['mine', 'review']);
export type ImportAs = z.infer<typeof importAsSchema>;

export const importChangesSchema = z.object({
  /** Records (of any kind, reflections and artifacts included) not here before. */
  added: z.number().int().min(0),
  /** Records replaced by a newer version. */
  updated: z.number().int().min(0),
  /** Records deleted by the import (a tombstone that travelled). */
  deleted: z.number().int().min(0),
  /** Records changed on both sides: both versions kept, listed under Conflicts. */
  conflicts: z.number().int().min(0),
  unchanged: z.number().int().min(0),
});
export type ImportChanges = z.infer<typeof importChangesSchema>;

export const bundleOriginSchema = z.object({
  portfolioId: z.string(),
  name: z.string(),
  organisation: z.string(),
  cohortYear: z.number().int().nullable(),
  exportedAt: z.iso.datetime(),
  appVersion: z.string(),
  includesPrivate: z.boolean(),
});
export type BundleOrigin = z.infer<typeof bundleOriginSchema>;

/** What importing would do as one of the kinds: what the user reads before Import / Cancel. */
export const importOutcomeSchema = z.object({
  kind: importKindSchema,
  changes: importChangesSchema,
  artifacts: z.object({
    /** Artifact files in the bundle. */
    count: z.number().int().min(0),
    /** Of those, files not held yet where this kind puts them, and their bytes. */
    newCount: z.number().int().min(0),
    newBytes: z.number().int().min(0),
  }),
  /** review-update only: the bundle is older than the copy already in Reviewed portfolios. */
  olderThanCurrent: z.boolean(),
  /** Importing would change nothing (e.g. the same file imported twice). */
  nothingToChange: z.boolean(),
});
export type ImportOutcome = z.infer<typeof importOutcomeSchema>;

/**
 * The outcome of the kind an import without a choice makes (or of the choice given when the
 * bundle was inspected), plus, where the user may still choose, the outcome of each choice.
 */
export const importSummarySchema = importOutcomeSchema.extend({
  inspectionId: recordIdSchema,
  fileName: z.string(),
  /** Size of the bundle file. */
  bundleBytes: z.number().int().min(0),
  origin: bundleOriginSchema,
  /** A foreign bundle while this computer's portfolio is still unused: it may become "mine". */
  canAdoptInstead: z.boolean(),
  /** With canAdoptInstead: what each choice would do; otherwise null. */
  choices: z.object({ mine: importOutcomeSchema, review: importOutcomeSchema }).nullable(),
});
export type ImportSummary = z.infer<typeof importSummarySchema>;

/**
 * What importing will do once the user has chosen `as` (or made no choice): every summary
 * shown, in the app or on a terminal, is read through this, so it says what will happen.
 */
export function outcomeFor(summary: ImportSummary, as?: ImportAs): ImportOutcome {
  const chosen = as && summary.choices ? summary.choices[as] : summary;
  const { kind, changes, artifacts, olderThanCurrent, nothingToChange } = chosen;
  return { kind, changes, artifacts, olderThanCurrent, nothingToChange };
}

/** What the bundle brought, as the user counts it: whose portfolio, and its live work. */
export const importContentsSchema = z.object({
  name: z.string(),
  assignments: z.number().int().min(0),
  reflections: z.number().int().min(0),
  artifacts: z.number().int().min(0),
});
export type ImportContents = z.infer<typeof importContentsSchema>;

export const importResultSchema = z.object({
  kind: importKindSchema,
  changes: importChangesSchema,
  contents: importContentsSchema,
  /** Conflicts waiting for the user after this import, all imports counted. */
  openConflicts: z.number().int().min(0),
  /** For review-new / review-update: the reviewed portfolio. */
  reviewedPortfolioId: z.string().nullable(),
});
export type ImportResult = z.infer<typeof importResultSchema>;

/** Where the bundle to inspect comes from. */
export const importSourceSchema = z.discriminatedUnion('kind', [
  /** Electron only (file association, system dialog, dropped file): the browser host refuses it. */
  z.strictObject({ kind: z.literal('path'), path: z.string().min(1).max(4096) }),
  /** Browser host: a file streamed to BUNDLE_UPLOAD_PATH first. */
  z.strictObject({ kind: z.literal('upload'), uploadId: recordIdSchema }),
]);
export type ImportSource = z.infer<typeof importSourceSchema>;
