import { z } from 'zod';
import { UserError } from '../../errors';
import type { CandidateCopies } from '../../reviewed/candidate-copies';
import type { BundleData } from '@shared/bundle/bundle-schemas';
import {
  MAX_REPLIES,
  candidateReplySchema,
  type CandidateReply,
} from '@shared/review/candidate-reply';

const NO_COPY =
  "That candidate's portfolio is not in My candidates any more, or its copy is damaged: import their bundle again.";

/**
 * The candidate's copy as their latest bundle holds it, from the core's cache of parsed copies;
 * the reviewer's tools say in their own words that there is nothing to review.
 */
export async function readCandidateCopy(
  copies: CandidateCopies,
  portfolioId: string,
): Promise<BundleData> {
  try {
    return await copies.current(portfolioId);
  } catch (error) {
    if (error instanceof UserError && error.code === 'not-found') {
      throw new UserError('not-found', NO_COPY);
    }
    throw error;
  }
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
