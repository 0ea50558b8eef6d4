import type { Artifact } from '@shared/domain/artifact';
import { ReceivedThreads } from './ReceivedThreads';

/** Reviewers' threads on one of the candidate's artifacts. */
export function ReceivedArtifactFeedback({ artifact }: { artifact: Artifact }) {
  return <ReceivedThreads target={{ kind: 'artifact', id: artifact.id }} />;
}
