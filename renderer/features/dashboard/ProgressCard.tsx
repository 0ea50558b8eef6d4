import type { DashboardSummary } from '@shared/progress/dashboard-summary';
import { ProgressMeter } from '../../components/ProgressMeter';
import { dashboardStrings } from './strings';

export interface ProgressCardProps {
  summary: Pick<
    DashboardSummary,
    | 'assignmentsPassed'
    | 'assignmentsTotal'
    | 'sessionsAttended'
    | 'sessionsTotal'
    | 'mentorContactsThisMonth'
  >;
}

/** Passed assignments and attended sessions as labelled bars, plus this month's mentor contacts. */
export function ProgressCard({ summary }: ProgressCardProps) {
  const text = dashboardStrings;
  return (
    <section className="card" aria-labelledby="progress-heading">
      <h2 id="progress-heading">{text.progress}</h2>
      <ProgressMeter
        label={text.assignmentsPassed}
        value={summary.assignmentsPassed}
        max={summary.assignmentsTotal}
        valueText={text.assignmentsPassedValue(summary.assignmentsPassed, summary.assignmentsTotal)}
      />
      <ProgressMeter
        label={text.sessionsAttended}
        value={summary.sessionsAttended}
        max={summary.sessionsTotal}
        valueText={text.sessionsAttendedValue(summary.sessionsAttended, summary.sessionsTotal)}
      />
      <p className="stat">
        <span>{text.mentorContacts}</span>{' '}
        <strong className="stat-value">{summary.mentorContactsThisMonth}</strong>
      </p>
    </section>
  );
}
