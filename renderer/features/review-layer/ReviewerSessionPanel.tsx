import type { Session } from '@shared/domain/session';

/** The reviewer's tools for one session of a candidate's copy (filled in by the review-layer work). */
export function ReviewerSessionPanel(_props: { portfolioId: string; session: Session }) {
  return null;
}
