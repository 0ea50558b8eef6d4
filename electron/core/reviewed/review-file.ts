import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { BundleData, BundleManifest } from '@shared/bundle/bundle-schemas';
import { bundleOriginSchema, type BundleOrigin } from '@shared/bundle/import-summary';

/**
 * `reviewed/<portfolioId>/review.json`: when and from which bundle the copy was imported. Local
 * only; the bundle's own files beside it stay as the candidate exported them.
 */
export const REVIEW_FILE = 'review.json';
export const REVIEW_FILE_FORMAT = 'cto-portfolio-review';

export const reviewFileSchema = z.object({
  format: z.literal(REVIEW_FILE_FORMAT),
  formatVersion: z.literal(1),
  importedAt: z.iso.datetime(),
  origin: bundleOriginSchema,
  /** Of the imported manifest: the same bundle imported again changes nothing. */
  manifestSha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type ReviewFile = z.infer<typeof reviewFileSchema>;

/** The manifest's identity: it lists every file's hash, so it names the bundle's whole content. */
export function manifestDigest(manifest: BundleManifest): string {
  return createHash('sha256').update(JSON.stringify(manifest)).digest('hex');
}

export function bundleOrigin(manifest: BundleManifest, data: BundleData): BundleOrigin {
  const { profile } = data.portfolio;
  return {
    portfolioId: manifest.portfolioId,
    name: profile.name,
    organisation: profile.organisation,
    cohortYear: profile.cohortYear,
    exportedAt: manifest.exportedAt,
    appVersion: manifest.appVersion,
    includesPrivate: manifest.includesPrivate,
  };
}

export function reviewFile(
  manifest: BundleManifest,
  data: BundleData,
  importedAt: Date,
): ReviewFile {
  return {
    format: REVIEW_FILE_FORMAT,
    formatVersion: 1,
    importedAt: importedAt.toISOString(),
    origin: bundleOrigin(manifest, data),
    manifestSha256: manifestDigest(manifest),
  };
}
