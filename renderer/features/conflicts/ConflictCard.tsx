import type { Ref } from 'react';
import type { ConflictChoice, ConflictView } from '@shared/sync/conflict';
import { formatDateTime } from '../../components/format-date';
import { RowActionButton } from '../../components/RowActionButton';
import { conflictStrings } from './strings';
import { ConflictSide } from './ConflictSide';

export interface ConflictCardProps {
  conflict: ConflictView;
  busy: boolean;
  onKeep: (choice: ConflictChoice) => void;
  /** The heading takes focus when a card before it is resolved. */
  headingRef?: Ref<HTMLHeadingElement>;
}

/** One record changed on both computers: the two versions side by side and the choices. */
export function ConflictCard({ conflict, busy, onKeep, headingRef }: ConflictCardProps) {
  const text = conflictStrings;
  const choices: { choice: ConflictChoice; label: string }[] = [
    { choice: 'mine', label: text.keepMine },
    { choice: 'theirs', label: text.keepTheirs },
    ...(conflict.canKeepBoth ? [{ choice: 'both' as const, label: text.keepBoth }] : []),
  ];
  return (
    <li className="card conflict-card">
      <h2 ref={headingRef} tabIndex={-1} className="card-title">
        {conflict.label}
      </h2>
      <p className="muted">
        {text.detectedAt}{' '}
        <time dateTime={conflict.detectedAt}>{formatDateTime(conflict.detectedAt)}</time>
      </p>
      <div className="conflict-sides">
        <ConflictSide heading={text.mine} side={conflict.mine} />
        <ConflictSide heading={text.theirs} side={conflict.theirs} />
      </div>
      <div className="form-actions">
        {choices.map(({ choice, label }) => (
          <RowActionButton
            key={choice}
            action={label}
            row={conflict.label}
            disabled={busy}
            variant={choice === 'mine' ? 'button-primary' : undefined}
            onClick={() => onKeep(choice)}
          />
        ))}
      </div>
    </li>
  );
}
