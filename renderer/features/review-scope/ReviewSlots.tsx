import type { Artifact } from '@shared/domain/artifact';
import type { Assignment } from '@shared/domain/assignment';
import type { Reflection } from '@shared/domain/reflection';
import type { Session } from '@shared/domain/session';
import type { PassageAnchor } from '@shared/review/review-layer';
import { ReceivedArtifactFeedback } from '../received-reviews/ReceivedArtifactFeedback';
import { ReceivedAssignmentFeedback } from '../received-reviews/ReceivedAssignmentFeedback';
import { ReceivedReflectionFeedback } from '../received-reviews/ReceivedReflectionFeedback';
import { ReceivedSessionFeedback } from '../received-reviews/ReceivedSessionFeedback';
import { ReviewerArtifactPanel } from '../review-layer/ReviewerArtifactPanel';
import { ReviewerAssignmentPanel } from '../review-layer/ReviewerAssignmentPanel';
import { ReviewerReflectionPanel } from '../review-layer/ReviewerReflectionPanel';
import { ReviewerSessionPanel } from '../review-layer/ReviewerSessionPanel';
import { usePortfolioScope } from './portfolio-scope';
import { ReviewerOwn } from './ReviewerOwn';

/**
 * Where the reviewer's layer meets the candidate's screens. Each page of the candidate's own
 * portfolio places one slot; the slot shows what reviewers sent (the candidate's own scope) or
 * the reviewer's tools (a candidate's copy opened by a mentor or instructor). Pages never ask
 * which; the two sides live in features/received-reviews and features/review-layer.
 */
export function AssignmentReviewSlot({ assignment }: { assignment: Assignment }) {
  const scope = usePortfolioScope();
  return scope.kind === 'candidate' ? (
    <ReviewerOwn>
      <ReviewerAssignmentPanel portfolioId={scope.portfolioId} assignment={assignment} />
    </ReviewerOwn>
  ) : (
    <ReceivedAssignmentFeedback assignment={assignment} />
  );
}

export interface ReflectionSlotProps {
  reflection: Reflection;
  /** The passage the user has selected in the reflection's text, if any, to anchor a comment. */
  selectedPassage: () => PassageAnchor | null;
}

export function ReflectionReviewSlot({ reflection, selectedPassage }: ReflectionSlotProps) {
  const scope = usePortfolioScope();
  return scope.kind === 'candidate' ? (
    <ReviewerOwn>
      <ReviewerReflectionPanel
        portfolioId={scope.portfolioId}
        reflection={reflection}
        selectedPassage={selectedPassage}
      />
    </ReviewerOwn>
  ) : (
    <ReceivedReflectionFeedback reflection={reflection} />
  );
}

export function ArtifactReviewSlot({ artifact }: { artifact: Artifact }) {
  const scope = usePortfolioScope();
  return scope.kind === 'candidate' ? (
    <ReviewerOwn>
      <ReviewerArtifactPanel portfolioId={scope.portfolioId} artifact={artifact} />
    </ReviewerOwn>
  ) : (
    <ReceivedArtifactFeedback artifact={artifact} />
  );
}

export function SessionReviewSlot({ session }: { session: Session }) {
  const scope = usePortfolioScope();
  return scope.kind === 'candidate' ? (
    <ReviewerOwn>
      <ReviewerSessionPanel portfolioId={scope.portfolioId} session={session} />
    </ReviewerOwn>
  ) : (
    <ReceivedSessionFeedback session={session} />
  );
}
