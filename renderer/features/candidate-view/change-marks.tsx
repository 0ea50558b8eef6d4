import { useQuery } from '@tanstack/react-query';
import type { ChangedRecordKind } from '@shared/contract/candidate-view-channels';
import { useInvoke } from '../../api/api-context';
import { usePortfolioScope } from '../review-scope/portfolio-scope';
import { candidateViewStrings } from './strings';

export type ChangeMark = 'added' | 'changed';

/** Query keys of the candidate-only reads (in the candidate's own data cache). */
export const candidateQueryKeys = {
  changedIds: ['candidate-changed-ids'],
  previousReflection: (id: string) => ['candidate-reflection-previous', id],
} as const;

/** What is new or changed since the candidate's previous bundle; nothing in the own scope. */
export function useChangedIds() {
  const scope = usePortfolioScope();
  const invoke = useInvoke();
  const portfolioId = scope.kind === 'candidate' ? scope.portfolioId : null;
  return useQuery({
    queryKey: candidateQueryKeys.changedIds,
    queryFn: () => invoke('candidate-changed-ids', { portfolioId: portfolioId ?? '' }),
    enabled: portfolioId !== null,
  });
}

/** Whether record `id` of `kind` is new or changed since the previous bundle. */
export function useChangeMark(kind: ChangedRecordKind, id: string): ChangeMark | null {
  const changes = useChangedIds().data?.records[kind];
  if (!changes) return null;
  if (changes.added.includes(id)) return 'added';
  return changes.changed.includes(id) ? 'changed' : null;
}

/**
 * "New" or "Changed" beside an item of a candidate's list, when it is new or changed since the
 * candidate's previous bundle. The short word shows; the title says since when.
 */
export function ChangeBadge({ kind, id }: { kind: ChangedRecordKind; id: string }) {
  const mark = useChangeMark(kind, id);
  if (mark === null) return null;
  const text = candidateViewStrings.badge;
  // The space before it is the badge's own, so an unmarked title has none at its end.
  return (
    <>
      {' '}
      <span className={`badge badge-change badge-${mark}`} title={text[`${mark}Long`]}>
        {text[mark]}
      </span>
    </>
  );
}
