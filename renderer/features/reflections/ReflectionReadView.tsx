import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useRef } from 'react';
import type { Portfolio } from '@shared/domain/portfolio';
import type { Reflection } from '@shared/domain/reflection';
import { richTextToPlainText } from '@shared/rich-text/plain-text';
import { useInvoke } from '../../api/api-context';
import { formatDateTime } from '../../components/format-date';
import { candidateQueryKeys, useChangedIds } from '../candidate-view/change-marks';
import { usePortfolioScope } from '../review-scope/portfolio-scope';
import { ReflectionReviewSlot } from '../review-scope/ReviewSlots';
import { ReflectionLinksCard } from './ReflectionLinksCard';
import { ReflectionTextChanges } from './ReflectionTextChanges';
import { RichTextView } from './RichTextView';
import { selectedPassageIn } from './selected-passage';
import { reflectionStrings as text } from './strings';

/** The reflection as it was in the candidate's previous bundle, once one is kept. */
function usePreviousReflection(id: string) {
  const scope = usePortfolioScope();
  const invoke = useInvoke();
  const hasPrevious = useChangedIds().data?.hasPrevious === true;
  const portfolioId = scope.kind === 'candidate' ? scope.portfolioId : null;
  return useQuery({
    queryKey: candidateQueryKeys.previousReflection(id),
    queryFn: () => invoke('candidate-reflection-previous', { portfolioId: portfolioId ?? '', id }),
    enabled: portfolioId !== null && hasPrevious,
  });
}

const noChoice = () => undefined;

/**
 * A reflection to read (a candidate's copy, or a folder that cannot be written): its text as
 * written, what changed in it since the previous bundle, its links, and the review slot.
 */
export function ReflectionReadView({
  reflection,
  portfolio,
}: {
  reflection: Reflection;
  portfolio: Portfolio;
}) {
  const textRef = useRef<HTMLElement>(null);
  const plain = useMemo(() => richTextToPlainText(reflection.content), [reflection]);
  const selectedPassage = useCallback(() => selectedPassageIn(textRef.current, plain), [plain]);
  const previous = usePreviousReflection(reflection.id);
  return (
    <div className="reflection-editor">
      <div className="reflection-editor-main">
        <p className="muted">
          <span className={`badge badge-${reflection.status}`}>
            {text.status[reflection.status]}
          </span>
          {' · '}
          {text.words(reflection.wordCount)}
          {' · '}
          {text.updated}:{' '}
          <time dateTime={reflection.updatedAt}>{formatDateTime(reflection.updatedAt)}</time>
        </p>
        <RichTextView ref={textRef} content={reflection.content} label={text.editorLabel} />
        {previous.isSuccess ? (
          <ReflectionTextChanges current={reflection} previous={previous.data} />
        ) : null}
      </div>
      <div className="reflection-editor-side">
        <ReflectionLinksCard fields={reflection} portfolio={portfolio} onChoose={noChoice} />
        <ReflectionReviewSlot reflection={reflection} selectedPassage={selectedPassage} />
      </div>
    </div>
  );
}
