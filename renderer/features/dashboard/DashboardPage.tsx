import { useMemo } from 'react';
import { Link } from 'react-router';
import { summarizeDashboard } from '@shared/progress/dashboard-summary';
import { usePortfolioScope } from '../review-scope/portfolio-scope';
import { useScopedPaths } from '../review-scope/use-scoped-paths';
import { Page } from '../../components/Page';
import { liveSessions } from '../../data/live-records';
import { useLoadedPortfolio } from '../../data/use-loaded-portfolio';
import { useToday } from '../../data/use-today';
import { dashboardStrings } from './strings';
import { useFirstVisit } from '../welcome/first-visit-context';
import { AssignmentDigest } from '../../components/AssignmentDigest';
import { assignmentsPath } from '../assignments/assignment-filters';
import { CoverageCard } from './CoverageCard';
import { NextSessionCard } from './NextSessionCard';
import { ProgressCard } from './ProgressCard';
import { SessionTimeline } from './SessionTimeline';

/** As many overdue assignments as "Due next" shows; the rest are one link away. */
const OVERDUE_SHOWN = 5;

/** Where am I in the program, what is due, what is late. */
export function DashboardPage() {
  const paths = useScopedPaths();
  const portfolio = useLoadedPortfolio();
  const today = useToday();
  const scope = usePortfolioScope();
  // Once per portfolio and day: re-renders (a refetch that changed nothing) reuse it.
  const summary = useMemo(() => summarizeDashboard(portfolio, today), [portfolio, today]);
  const { overdue } = summary;
  const { welcomedNow } = useFirstVisit();
  return (
    <Page title={dashboardStrings.title}>
      <p className="lead">
        {scope.kind === 'candidate'
          ? dashboardStrings.candidateLead(portfolio.profile.name)
          : dashboardStrings.greeting(portfolio.profile.name, welcomedNow)}
      </p>
      <div className="dashboard-grid">
        <NextSessionCard session={summary.nextSession} daysToGo={summary.daysToNextSession} />
        <ProgressCard summary={summary} />
        <CoverageCard portfolio={portfolio} />
        <AssignmentDigest
          heading={dashboardStrings.overdue}
          emptyText={dashboardStrings.noOverdue}
          assignments={overdue.slice(0, OVERDUE_SHOWN)}
          today={today}
          moreLink={
            overdue.length > OVERDUE_SHOWN
              ? {
                  to: assignmentsPath({ status: 'overdue' }, paths.assignments),
                  text: dashboardStrings.allOverdue(overdue.length),
                }
              : undefined
          }
        />
        <AssignmentDigest
          heading={dashboardStrings.dueNext}
          emptyText={dashboardStrings.noDueNext}
          assignments={summary.dueNext}
          today={today}
        />
      </div>
      <SessionTimeline sessions={liveSessions(portfolio)} today={today} />
      <p>
        <Link to={paths.assignments}>{dashboardStrings.allAssignments}</Link>
      </p>
    </Page>
  );
}
