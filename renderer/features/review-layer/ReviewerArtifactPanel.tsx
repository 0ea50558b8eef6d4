import type { Artifact } from '@shared/domain/artifact';

/** The reviewer's tools for one artifact of a candidate's copy (filled in by the review-layer work). */
export function ReviewerArtifactPanel(_props: { portfolioId: string; artifact: Artifact }) {
  return null;
}
