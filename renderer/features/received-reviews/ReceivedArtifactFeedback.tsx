import type { Artifact } from '@shared/domain/artifact';

/** What reviewers sent about one of the candidate's own artifacts (filled in by the received-reviews work). */
export function ReceivedArtifactFeedback(_props: { artifact: Artifact }) {
  return null;
}
