import { z } from 'zod';
import type { BundleData } from '@shared/bundle/bundle-schemas';
import {
  MAX_REPLIES,
  candidateReplySchema,
  type CandidateReply,
} from '@shared/review/candidate-reply';
import { UserError } from '../../errors';
import type { ReviewedLibrary } from '../../reviewed/reviewed-library';

const NO_COPY =
  "That candidate's portfolio is not in My candidates any more, or its copy is damaged: import their bundle again.";

/** The candidate's copy as their latest bundle holds it, or one sentence. */
export async function readCandidateCopy(
  reviewed: ReviewedLibrary,
  portfolioId: string,
): Promise<BundleData> {
  const copy = await reviewed.read(portfolioId);
  if (copy === null) throw new UserError('not-found', NO_COPY);
  return copy.data;
}

const repliesSchema = z.array(candidateReplySchema).max(MAX_REPLIES);

/**
 * The candidate's replies in `reviewerId`'s threads. Read from the copy's portfolio as it came,
 * so a bundle from before replies existed (or with damaged replies) simply has none.
 */
export function repliesTo(data: BundleData, reviewerId: string): CandidateReply[] {
  const found = repliesSchema.safeParse(
    (data.portfolio as { reviewReplies?: unknown }).reviewReplies ?? [],
  );
  return found.success ? found.data.filter((reply) => reply.reviewerId === reviewerId) : [];
}
