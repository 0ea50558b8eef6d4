import type { CandidateReply } from '@shared/review/candidate-reply';
import type { ReceivedReview } from '@shared/review/received-review';
import type { Thread, ThreadTarget } from '@shared/review/review-layer';
import type { Reviewer } from '@shared/review/roles';

export interface ReceivedThread {
  reviewer: Reviewer;
  thread: Thread;
}

/** One entry of a thread as read: a reviewer's comment or the candidate's reply. */
export interface ThreadEntry {
  id: string;
  authorName: string;
  body: string;
  createdAt: string;
  fromCandidate: boolean;
}

/** Every live thread of every reviewer about `target`, oldest first. */
export function threadsAbout(
  reviews: readonly ReceivedReview[],
  target: ThreadTarget,
): ReceivedThread[] {
  return reviews
    .flatMap((review) =>
      review.layer.threads
        .filter(
          (t) => t.deletedAt === null && t.target.kind === target.kind && t.target.id === target.id,
        )
        .map((thread) => ({ reviewer: review.reviewer, thread })),
    )
    .sort((a, b) => Date.parse(a.thread.createdAt) - Date.parse(b.thread.createdAt));
}

/** The reviewer's comments and the candidate's replies of one thread, in the order written. */
export function threadEntries(
  { reviewer, thread }: ReceivedThread,
  replies: readonly CandidateReply[],
): ThreadEntry[] {
  const comments: ThreadEntry[] = thread.comments.map((c) => ({ ...c, fromCandidate: false }));
  const answers: ThreadEntry[] = replies
    .filter((r) => r.reviewerId === reviewer.reviewerId && r.threadId === thread.id)
    .map((r) => ({ ...r, fromCandidate: true }));
  return [...comments, ...answers].sort(
    (a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt),
  );
}
