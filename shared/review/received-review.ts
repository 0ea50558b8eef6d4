import { z } from 'zod';
import { recordIdSchema } from '../domain/record';
import { reviewLayerContentSchema } from './review-layer';
import { reviewerSchema } from './roles';

/**
 * Candidate side: the newest review applied from one reviewer, kept as
 * `<data>/reviews/<reviewerId>.json` (one per reviewer: a mentor's and an instructor's side by
 * side). Replaced whole by a newer review of the same reviewer; never edited by the candidate.
 */
export const receivedReviewSchema = z.object({
  format: z.literal('cto-received-review'),
  formatVersion: z.literal(1),
  portfolioId: recordIdSchema,
  reviewer: reviewerSchema,
  /** When the reviewer exported it: an older review than the kept one changes nothing. */
  exportedAt: z.iso.datetime(),
  receivedAt: z.iso.datetime(),
  /** SHA-256 of the review file's manifest: the same file twice changes nothing. */
  manifestSha256: z.string().regex(/^[0-9a-f]{64}$/),
  layer: reviewLayerContentSchema,
});
export type ReceivedReview = z.infer<typeof receivedReviewSchema>;
