import { z } from 'zod';
import { bundleFileSchema } from '../bundle/bundle-schemas';
import { recordIdSchema } from '../domain/record';
import { shortTextSchema } from '../domain/text';
import { REVIEW_LAYER_CAPS, reviewLayerContentSchema } from './review-layer';
import { reviewerSchema } from './roles';

/**
 * The `.ctoreview` file, format v1 (described for people in docs/formats.md): a zip holding
 * `manifest.json` (who, for which portfolio, when, and the size and SHA-256 of every other entry)
 * and `review.json` (the reviewer's layer). The writer (electron/core/review-file/export) and the
 * reader (electron/core/review-file/read) validate with these same schemas.
 *
 * Versioning as for bundles: `format` first, then `formatVersion` (newer: refused with
 * REVIEW_NEWER_FORMAT_MESSAGE); within a version fields are only ever added. `signature` is
 * null in v1: a signed review will be a new formatVersion, so an older app refuses it rather
 * than showing a signature it cannot check.
 */
export const REVIEW_FILE_FORMAT = 'cto-portfolio-review-file';
export const REVIEW_FILE_FORMAT_VERSION = 1;
export const REVIEW_DATA_FORMAT = 'cto-review';
export const REVIEW_DATA_FORMAT_VERSION = 1;
export const REVIEW_FILE_EXTENSION = '.ctoreview';
export const REVIEW_FILE_MIME_TYPE = 'application/vnd.cto-portfolio.review+zip';

export const REVIEW_MANIFEST_PATH = 'manifest.json';
export const REVIEW_DATA_PATH = 'review.json';

/** review.json's size and value count: 500 comments of 20,000 characters fit, twice over. */
export const MAX_REVIEW_JSON_BYTES = 10 * 1024 * 1024;
export const MAX_REVIEW_JSON_VALUES = 600_000;
/** The manifest lists review.json only in v1; a few more leave room for later entries. */
export const MAX_REVIEW_FILE_ENTRIES = 16;
export const MAX_REVIEW_MANIFEST_BYTES = 64 * 1024;

export const REVIEW_NEWER_FORMAT_MESSAGE =
  'This review file was made by a newer version of CTO Mentor Portfolio: update the app to open it.';

export const reviewFileManifestSchema = z.object({
  format: z.literal(REVIEW_FILE_FORMAT),
  formatVersion: z.literal(REVIEW_FILE_FORMAT_VERSION),
  appVersion: z.string().min(1).max(100),
  portfolioId: recordIdSchema,
  reviewer: reviewerSchema,
  exportedAt: z.iso.datetime(),
  files: z
    .array(bundleFileSchema)
    .max(MAX_REVIEW_FILE_ENTRIES)
    .refine((files) => new Set(files.map((file) => file.path)).size === files.length, {
      error: 'The manifest lists a file twice.',
    })
    .refine((files) => files.every((file) => file.path !== REVIEW_MANIFEST_PATH), {
      error: 'The manifest lists itself.',
    }),
  /** Room for a later signed review (see above); always null in v1. */
  signature: z.null(),
});
export type ReviewFileManifest = z.infer<typeof reviewFileManifestSchema>;

const commentCount = (layer: z.infer<typeof reviewLayerContentSchema>) =>
  layer.threads.reduce((sum, thread) => sum + thread.comments.length, 0);

/** The layer as a review file carries it: the per-list caps plus the cap on all comments. */
export const reviewFileLayerSchema = reviewLayerContentSchema.refine(
  (layer) => commentCount(layer) <= REVIEW_LAYER_CAPS.comments,
  { error: `A review holds at most ${REVIEW_LAYER_CAPS.comments} comments.` },
);

export const reviewDataSchema = z.object({
  format: z.literal(REVIEW_DATA_FORMAT),
  formatVersion: z.literal(REVIEW_DATA_FORMAT_VERSION),
  portfolioId: recordIdSchema,
  /** The candidate's name as the reviewer knew it, so a refusal can name the portfolio. */
  candidateName: shortTextSchema,
  reviewer: reviewerSchema,
  exportedAt: z.iso.datetime(),
  layer: reviewFileLayerSchema,
});
export type ReviewData = z.infer<typeof reviewDataSchema>;

/**
 * Which import a file chosen or dropped by the user goes to, by its name: a review file, or
 * (anything else) a bundle, whose reader names a review file that came the wrong way.
 */
export function importFileKindByName(fileName: string): 'review' | 'bundle' {
  return fileName.toLowerCase().endsWith(REVIEW_FILE_EXTENSION) ? 'review' : 'bundle';
}
