import type { Reflection } from '@shared/domain/reflection';
import type { PassageAnchor } from '@shared/review/review-layer';

/** The reviewer's comment threads on a reflection (filled in by the review-layer work). */
export function ReviewerReflectionPanel(_props: {
  portfolioId: string;
  reflection: Reflection;
  selectedPassage: () => PassageAnchor | null;
}) {
  return null;
}
