import { z } from 'zod';
import { recordIdSchema } from '../domain/record';
import { longTextSchema, shortTextSchema } from '../domain/text';

/**
 * A candidate's reply in a reviewer's thread. It is the candidate's content: stored in the
 * candidate's portfolio (`portfolio.reviewReplies`), it travels in the next bundle, and the
 * reviewer sees it in place by `reviewerId` + `threadId`. Replies are never edited, so devices
 * merge them as a union by id.
 */
export const candidateReplySchema = z.object({
  id: recordIdSchema,
  reviewerId: recordIdSchema,
  threadId: recordIdSchema,
  authorName: shortTextSchema,
  body: longTextSchema.min(1, { error: 'Write a reply first.' }),
  createdAt: z.iso.datetime(),
});
export type CandidateReply = z.infer<typeof candidateReplySchema>;

export const MAX_REPLIES = 20_000;
