import type { Urgency } from '@shared/progress/assignment-urgency';
import { strings } from '../strings';

export interface UrgencyBadgeProps {
  urgency: Urgency;
}

/** "Overdue" or "Due within 7 days" in words (with colour as a second cue); nothing otherwise. */
export function UrgencyBadge({ urgency }: UrgencyBadgeProps) {
  if (urgency !== 'overdue' && urgency !== 'due-soon') return null;
  return <span className={`badge badge-${urgency}`}>{strings.urgency[urgency]}</span>;
}
