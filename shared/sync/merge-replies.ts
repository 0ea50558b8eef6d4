import type { CandidateReply } from '../review/candidate-reply';
import { MAX_REPLIES } from '../review/candidate-reply';

/**
 * The candidate's replies from two devices: replies are never edited, so the merge is the union
 * by id (ours first, theirs new ones after, oldest first among them), capped like the stored list.
 */
export function mergeReplies(
  ours: readonly CandidateReply[],
  theirs: readonly CandidateReply[],
): { replies: CandidateReply[]; added: number } {
  const known = new Set(ours.map((reply) => reply.id));
  const fresh = theirs
    .filter((reply) => !known.has(reply.id))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .slice(0, Math.max(0, MAX_REPLIES - ours.length));
  return { replies: [...ours, ...fresh], added: fresh.length };
}
