import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { BundleData, BundleManifest } from '@shared/bundle/bundle-schemas';
import { bundleOriginSchema, type BundleOrigin } from '@shared/bundle/import-summary';
import { reviewedPortfolioSchema, type ReviewedPortfolio } from '@shared/bundle/reviewed-portfolio';
import { isLive } from '@shared/domain/record';
import { candidateSummary, candidateSummarySchema } from './candidate-summary';

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
  /**
   * What the Reviewed portfolios list shows of this copy, worked out once at import, so the list
   * reads one small file per copy rather than every copy's whole portfolio.json.
   */
  mentorName: reviewedPortfolioSchema.shape.mentorName,
  counts: reviewedPortfolioSchema.shape.counts,
  /** What My candidates shows; missing in copies imported before it existed (read from the data). */
  summary: candidateSummarySchema.optional(),
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

function countsOf(data: BundleData): ReviewedPortfolio['counts'] {
  const { portfolio } = data;
  const assignments = portfolio.assignments.filter(isLive);
  return {
    sessionsAttended: portfolio.sessions.filter((s) => isLive(s) && s.attendance === 'attended')
      .length,
    assignments: assignments.length,
    assignmentsPassed: assignments.filter((a) => a.status === 'passed').length,
    reflections: data.reflections.filter(isLive).length,
    artifacts: portfolio.artifacts.filter(isLive).length,
  };
}

/** The copy as the Reviewed portfolios list shows it. */
export function reviewedListing(review: ReviewFile): ReviewedPortfolio {
  const { origin, mentorName, importedAt, counts } = review;
  return { origin, mentorName, importedAt, counts };
}

/**
 * review.json of a new copy. `before` is that of the copy it replaces: the first bundle's date
 * carries over, so monthly reports keep starting from the candidate's first bundle.
 */
export function reviewFile(
  manifest: BundleManifest,
  data: BundleData,
  importedAt: Date,
  before: ReviewFile | null = null,
): ReviewFile {
  const firstExportedAt = [
    manifest.exportedAt,
    before?.summary?.firstExportedAt ?? before?.origin.exportedAt ?? manifest.exportedAt,
  ].sort((a, b) => Date.parse(a) - Date.parse(b))[0]!;
  return {
    format: REVIEW_FILE_FORMAT,
    formatVersion: 1,
    importedAt: importedAt.toISOString(),
    origin: bundleOrigin(manifest, data),
    manifestSha256: manifestDigest(manifest),
    mentorName: data.portfolio.profile.mentorName,
    counts: countsOf(data),
    summary: candidateSummary(data, new Date(firstExportedAt).toISOString()),
  };
}
