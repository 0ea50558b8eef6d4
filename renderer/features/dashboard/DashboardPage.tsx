import { summarizeDashboard } from '@shared/progress/dashboard-summary';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { Page } from '../../components/Page';
import { liveSessions } from '../../data/live-records';
import { useLoadedPortfolio } from '../../data/use-loaded-portfolio';
import { useToday } from '../../data/use-today';
import { strings } from '../../strings';
import { AssignmentDigest } from '../../components/AssignmentDigest';
import { CoverageCard } from './CoverageCard';
import { NextSessionCard } from './NextSessionCard';
import { ProgressCard } from './ProgressCard';
import { SessionTimeline } from './SessionTimeline';

/** Where am I in the program, what is due, what is late. */
export function DashboardPage() {
  const portfolio = useLoadedPortfolio();
  const today = useToday();
  const summary = summarizeDashboard(portfolio, today);
  return (
    <Page title={strings.dashboard.title}>
      <p className="lead">{strings.dashboard.greeting(portfolio.profile.name)}</p>
      <div className="dashboard-grid">
        <NextSessionCard session={summary.nextSession} daysToGo={summary.daysToNextSession} />
        <ProgressCard summary={summary} />
        <CoverageCard portfolio={portfolio} />
        <AssignmentDigest
          heading={strings.dashboard.overdue}
          emptyText={strings.dashboard.noOverdue}
          assignments={summary.overdue}
          today={today}
        />
        <AssignmentDigest
          heading={strings.dashboard.dueNext}
          emptyText={strings.dashboard.noDueNext}
          assignments={summary.dueNext}
          today={today}
        />
      </div>
      <SessionTimeline sessions={liveSessions(portfolio)} today={today} />
      <p>
        <Link to={paths.assignments}>{strings.dashboard.allAssignments}</Link>
      </p>
    </Page>
  );
}
