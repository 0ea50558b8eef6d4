import type { Artifact } from '@shared/domain/artifact';
import { ThreadsPanel } from './ThreadsPanel';

export interface ReviewerArtifactPanelProps {
  portfolioId: string;
  artifact: Artifact;
}

/** The reviewer's comment threads on an artifact. */
export function ReviewerArtifactPanel({ portfolioId, artifact }: ReviewerArtifactPanelProps) {
  return <ThreadsPanel portfolioId={portfolioId} target={{ kind: 'artifact', id: artifact.id }} />;
}
