import { useMemo } from 'react';
import type { Reflection } from '@shared/domain/reflection';
import type { PassageAnchor } from '@shared/review/review-layer';
import { paragraphsOf } from '@shared/rich-text/paragraphs';
import { richTextToPlainText } from '@shared/rich-text/plain-text';
import { ThreadsPanel } from './ThreadsPanel';

export interface ReviewerReflectionPanelProps {
  portfolioId: string;
  reflection: Reflection;
  selectedPassage: () => PassageAnchor | null;
}

/** The reviewer's comment threads on a reflection, some anchored to a passage of it. */
export function ReviewerReflectionPanel({
  portfolioId,
  reflection,
  selectedPassage,
}: ReviewerReflectionPanelProps) {
  const passages = useMemo(
    () => ({
      currentText: richTextToPlainText(reflection.content),
      paragraphs: paragraphsOf(reflection.content),
      selectedPassage,
    }),
    [reflection.content, selectedPassage],
  );
  return (
    <ThreadsPanel
      portfolioId={portfolioId}
      target={{ kind: 'reflection', id: reflection.id }}
      passages={passages}
    />
  );
}
