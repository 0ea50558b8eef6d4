import { z } from 'zod';
import { importSourceSchema } from '../bundle/import-summary';
import { recordIdSchema } from '../domain/record';
import { candidateReplySchema } from '../review/candidate-reply';
import { receivedReviewSchema } from '../review/received-review';
import {
  reviewApplyResultSchema,
  reviewImportSummarySchema,
  reviewNewsSchema,
} from '../review/review-import-summary';
import { reviewerSchema } from '../review/roles';
import { savedFileSchema } from './review-layer-channels';

/**
 * Reviews sent back by file (`.ctoreview`, shared/review/review-file-schema.ts).
 *
 * Mentor side: `review-export` writes the review of one candidate. Electron passes the path its
 * save dialog answered as `destination` and gets `savedTo`; the browser host passes none and
 * gets the file's bytes as `base64` to offer as a download (a review file is small: review.json
 * is capped at 10 MB).
 *
 * Candidate side: `review-import-inspect` checks a file (a path in Electron, an upload made with
 * BUNDLE_UPLOAD_PATH in the browser) and answers what applying it would do; `review-import-apply`
 * is the one step that applies it; `review-import-discard` forgets the inspection.
 * `reviews-received` answers every kept review (one per reviewer), the candidate's replies, and
 * what is new in the last review of each reviewer until `review-news-dismiss`.
 */
const inspectionId = z.strictObject({ inspectionId: recordIdSchema });

export const reviewExportInputSchema = z.strictObject({
  portfolioId: recordIdSchema,
  destination: z.string().min(1).max(4096).optional(),
});

/** Electron: `savedTo` where it was written; browser host: the bytes as `base64` to download. */
export const reviewExportedSchema = savedFileSchema.extend({ reviewer: reviewerSchema });
export type ReviewExported = z.infer<typeof reviewExportedSchema>;

export const reviewsReceivedSchema = z.object({
  /** One per reviewer, newest export first. */
  reviews: z.array(receivedReviewSchema),
  /** The candidate's replies in every reviewer's threads, oldest first. */
  replies: z.array(candidateReplySchema),
  /** Per reviewer, what their last applied review brought, until dismissed. */
  news: z.array(reviewNewsSchema),
});
export type ReviewsReceived = z.infer<typeof reviewsReceivedSchema>;

export const reviewReplyAddInputSchema = z.strictObject({
  reviewerId: recordIdSchema,
  threadId: recordIdSchema,
  body: candidateReplySchema.shape.body,
});

export const reviewFileChannels = {
  'review-export': { input: reviewExportInputSchema, output: reviewExportedSchema },
  'review-import-inspect': {
    input: z.strictObject({ source: importSourceSchema }),
    output: reviewImportSummarySchema,
  },
  'review-import-apply': { input: inspectionId, output: reviewApplyResultSchema },
  'review-import-discard': { input: inspectionId, output: z.object({}) },
  'reviews-received': { input: z.strictObject({}), output: reviewsReceivedSchema },
  'review-reply-add': { input: reviewReplyAddInputSchema, output: candidateReplySchema },
  'review-news-dismiss': {
    input: z.strictObject({ reviewerId: recordIdSchema }),
    output: reviewsReceivedSchema,
  },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;
