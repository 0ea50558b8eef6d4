import { useId } from 'react';
import { Link } from 'react-router';
import type { Assignment } from '@shared/domain/assignment';
import type { IsoDate } from '@shared/domain/dates';
import { useScopedPaths } from '../features/review-scope/use-scoped-paths';
import { DueDate } from './DueDate';
import { UrgencyBadge } from './UrgencyBadge';

export interface AssignmentDigestProps {
  heading: string;
  emptyText: string;
  assignments: readonly Assignment[];
  today: IsoDate;
  /** Where the whole list is, when the digest shows only its start. */
  moreLink?: { to: string; text: string } | undefined;
}

/** A short list of assignments with due date and urgency in words, for the dashboard. */
export function AssignmentDigest({
  heading,
  emptyText,
  assignments,
  today,
  moreLink,
}: AssignmentDigestProps) {
  const paths = useScopedPaths();
  const headingId = useId();
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      {assignments.length === 0 ? (
        <p className="muted">{emptyText}</p>
      ) : (
        <ul className="digest">
          {assignments.map((assignment) => (
            <li key={assignment.id}>
              {/* The full title on hover where a narrow card shortens it. */}
              <Link to={paths.assignment(assignment.id)} title={assignment.title}>
                {assignment.title}
              </Link>
              <span className="digest-meta">
                <DueDate date={assignment.due} />{' '}
                <UrgencyBadge assignment={assignment} today={today} />
              </span>
            </li>
          ))}
        </ul>
      )}
      {moreLink ? (
        <p>
          <Link to={moreLink.to}>{moreLink.text}</Link>
        </p>
      ) : null}
    </section>
  );
}
