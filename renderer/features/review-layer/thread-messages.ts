import type { CandidateReply } from '@shared/review/candidate-reply';
import type { PassageAnchor, Thread } from '@shared/review/review-layer';

/** One message of a thread as shown: the reviewer's comments and the candidate's replies. */
export interface ThreadMessage {
  id: string;
  from: 'reviewer' | 'candidate';
  authorName: string;
  body: string;
  createdAt: string;
}

/** The thread's comments with the candidate's replies in it, oldest first. */
export function threadMessages(
  thread: Thread,
  replies: readonly CandidateReply[],
): ThreadMessage[] {
  const comments: ThreadMessage[] = thread.comments.map((c) => ({ ...c, from: 'reviewer' }));
  const answers: ThreadMessage[] = replies
    .filter((reply) => reply.threadId === thread.id)
    .map((reply) => ({ ...reply, from: 'candidate' }));
  return [...comments, ...answers].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** A passage is still anchored while its quote is found in the reflection's current text. */
export function isAnchorCurrent(anchor: PassageAnchor, plainText: string): boolean {
  return plainText.includes(anchor.quote);
}
