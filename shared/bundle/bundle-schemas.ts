import { z } from 'zod';
import { artifactSchema, sha256Schema } from '../domain/artifact';
import { assignmentSchema } from '../domain/assignment';
import { logEntrySchema } from '../domain/log-entry';
import { portfolioSchema } from '../domain/portfolio';
import { recordIdSchema } from '../domain/record';
import { reflectionSchema } from '../domain/reflection';
import { sessionSchema } from '../domain/session';
import { candidateReplySchema } from '../review/candidate-reply';
import { receivedReviewSchema } from '../review/received-review';
import { BUNDLE_RECORD_CAPS, MAX_MANIFEST_FILES } from './bundle-data-limits';

/**
 * The `.ctoportfolio` bundle, format v1 (described for people in docs/formats.md). The writer
 * (electron/core/bundle/export/export-bundle.ts) and the reader validate with these same schemas.
 *
 * Versioning: a reader first checks `format` (a later encrypted bundle will be a different outer
 * format wrapping the same zip bytes), then `formatVersion` with `bundleEnvelopeSchema`; a newer
 * version is refused with NEWER_FORMAT_MESSAGE. Within a version, fields and files are only ever
 * added, so these object schemas drop unknown keys rather than refuse them.
 */
export const BUNDLE_FORMAT = 'cto-portfolio-bundle';
export const BUNDLE_FORMAT_VERSION = 1;
export const BUNDLE_DATA_FORMAT = 'cto-portfolio-data';
export const BUNDLE_DATA_FORMAT_VERSION = 1;
export const BUNDLE_KIND = 'portfolio';

/** Written first in the zip. */
export const MANIFEST_PATH = 'manifest.json';
export const DATA_PATH = 'portfolio.json';
/** Each included artifact file once, as `artifacts/<sha256>`. */
export const ARTIFACTS_DIR = 'artifacts/';

export const NEWER_FORMAT_MESSAGE =
  'This bundle was made by a newer version of CTO Mentor Portfolio: update the app to open it.';

export function artifactEntryPath(sha256: string): string {
  return `${ARTIFACTS_DIR}${sha256}`;
}

/**
 * A path inside the bundle: relative, forward slashes, no empty, `.` or `..` segments, no
 * backslash or control characters. The reader checks zip entry names on their own as well.
 */
export function isSafeBundlePath(path: string): boolean {
  if (path.length === 0 || path.length > 1000) return false;
  // eslint-disable-next-line no-control-regex
  if (/[\\\u0000-\u001f\u007f:]/.test(path)) return false;
  return path.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}

export const bundlePathSchema = z
  .string()
  .refine(isSafeBundlePath, { error: 'Expected a relative path inside the bundle.' });

/** The first look at manifest.json, or at portfolio.json: which format, which version. */
export const bundleEnvelopeSchema = z.object({
  format: z.string(),
  formatVersion: z.number().int().min(1),
});
export type BundleEnvelope = z.infer<typeof bundleEnvelopeSchema>;

export const bundleFileSchema = z.object({
  path: bundlePathSchema,
  size: z.number().int().min(0),
  sha256: sha256Schema,
});
export type BundleFile = z.infer<typeof bundleFileSchema>;

export const bundleManifestSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  formatVersion: z.literal(BUNDLE_FORMAT_VERSION),
  appVersion: z.string().min(1).max(100),
  kind: z.literal(BUNDLE_KIND),
  portfolioId: recordIdSchema,
  exportedAt: z.iso.datetime(),
  /** True when private reflections and artifacts were included on purpose. */
  includesPrivate: z.boolean(),
  /** Every entry of the zip but the manifest itself, each once. */
  files: z
    .array(bundleFileSchema)
    .max(MAX_MANIFEST_FILES)
    .refine((files) => new Set(files.map((file) => file.path)).size === files.length, {
      error: 'The manifest lists a file twice.',
    })
    .refine((files) => files.every((file) => file.path !== MANIFEST_PATH), {
      error: 'The manifest lists itself.',
    }),
});
export type BundleManifest = z.infer<typeof bundleManifestSchema>;

/**
 * portfolio.json. Private items are left out unless the manifest says `includesPrivate`. Live
 * artifacts have their file at `artifacts/<sha256>`; tombstoned artifact records travel (so a
 * deletion syncs) without their file. A reflection may link to an artifact id that is not in the
 * bundle (private or deleted): readers tolerate that.
 */
export const bundleDataSchema = z.object({
  format: z.literal(BUNDLE_DATA_FORMAT),
  formatVersion: z.literal(BUNDLE_DATA_FORMAT_VERSION),
  // The stored portfolio's schema, with the record caps a bundle is held to (bundle-data-limits).
  portfolio: portfolioSchema.extend({
    sessions: z.array(sessionSchema).max(BUNDLE_RECORD_CAPS.sessions),
    assignments: z.array(assignmentSchema).max(BUNDLE_RECORD_CAPS.assignments),
    logEntries: z.array(logEntrySchema).max(BUNDLE_RECORD_CAPS.logEntries),
    artifacts: z.array(artifactSchema).max(BUNDLE_RECORD_CAPS.artifacts),
    reviewReplies: z.array(candidateReplySchema).max(BUNDLE_RECORD_CAPS.reviewReplies).default([]),
  }),
  /** Full records, live and tombstones. */
  reflections: z.array(reflectionSchema).max(BUNDLE_RECORD_CAPS.reflections),
  /**
   * The reviews the candidate received (one per reviewer, shared/review/received-review.ts), so
   * a second device and the web version have them; missing in bundles made before reviews.
   */
  reviews: z.array(receivedReviewSchema).max(BUNDLE_RECORD_CAPS.reviews).default([]),
});
export type BundleData = z.infer<typeof bundleDataSchema>;
