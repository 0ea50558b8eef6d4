import { useEffect, useRef, useState } from 'react';
import type { ConflictChoice, ConflictView } from '@shared/sync/conflict';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { Page } from '../../components/Page';
import { StatusMessage } from '../../components/StatusMessage';
import { useConflicts, useResolveConflict } from '../../data/use-conflicts';
import { conflictStrings } from './strings';
import { ConflictCard } from './ConflictCard';
import './conflicts.css';

/**
 * Records changed on this computer and on the other one, each resolved by keeping mine, theirs
 * or both. A resolved card disappears; focus moves to the card now in its place (or the one
 * before, or the empty state), never back to the top of the page.
 */
export function ConflictsPage() {
  const text = conflictStrings;
  const conflicts = useConflicts();
  const resolve = useResolveConflict();
  const [status, setStatus] = useState('');
  const headings = useRef(new Map<string, HTMLHeadingElement>());
  const emptyRef = useRef<HTMLParagraphElement>(null);
  const focusIndex = useRef<number | null>(null);
  const list = conflicts.data;

  useEffect(() => {
    const index = focusIndex.current;
    if (index === null || !list) return;
    focusIndex.current = null;
    const next = list[Math.min(index, list.length - 1)];
    if (next) headings.current.get(next.id)?.focus();
    else emptyRef.current?.focus();
  }, [list]);

  const keep = (conflict: ConflictView, index: number, choice: ConflictChoice) => {
    setStatus('');
    resolve.mutate(
      { id: conflict.id, keep: choice },
      {
        onSuccess: () => {
          focusIndex.current = index;
          setStatus(text.kept[choice](conflict.label));
        },
      },
    );
  };

  return (
    <Page title={text.title}>
      <p className="lead">{text.intro}</p>
      <StatusMessage message={status} />
      <ErrorAlert error={resolve.error} />
      {conflicts.isPending ? <LoadingState /> : null}
      <ErrorAlert error={conflicts.error} onRetry={() => void conflicts.refetch()} />
      {list && list.length === 0 ? (
        <p ref={emptyRef} tabIndex={-1} className="muted">
          {text.empty}
        </p>
      ) : null}
      {list && list.length > 0 ? (
        <ul className="card-list">
          {list.map((conflict, index) => (
            <ConflictCard
              key={conflict.id}
              headingRef={(element) => {
                if (element) headings.current.set(conflict.id, element);
                else headings.current.delete(conflict.id);
              }}
              conflict={conflict}
              busy={resolve.isPending}
              onKeep={(choice) => keep(conflict, index, choice)}
            />
          ))}
        </ul>
      ) : null}
    </Page>
  );
}
