import { useMemo } from 'react';
import { Link } from 'react-router';
import { summarizeDashboard } from '@shared/progress/dashboard-summary';
import { usePortfolioScope } from '../review-scope/portfolio-scope';
import { useScopedPaths } from '../review-scope/use-scoped-paths';
import { withEffectiveStatuses } from '@shared/review/effective-status';
import { Page } from '../../components/Page';
import { liveSessions } from '../../data/live-records';
import { useAppInfo } from '../../data/use-app-info';
import { useLoadedPortfolio } from '../../data/use-loaded-portfolio';
import { useToday } from '../../data/use-today';
import { useReceivedReviews } from '../../data/use-received-reviews';
import { dashboardStrings } from './strings';
import { useFirstVisit } from '../welcome/first-visit-context';
import { AssignmentDigest } from '../../components/AssignmentDigest';
import { assignmentsPath } from '../assignments/assignment-filters';
import { CoverageCard } from './CoverageCard';
import { NextSessionCard } from './NextSessionCard';
import { ProgressCard } from './ProgressCard';
import { ReviewNewsCard } from './ReviewNewsCard';
import { SessionTimeline } from './SessionTimeline';
import './dashboard.css';

/** As many overdue assignments as "Due next" shows; the rest are one link away. */
const OVERDUE_SHOWN = 5;

/** Where am I in the program, what is due, what is late. */
export function DashboardPage() {
  const paths = useScopedPaths();
  const portfolio = useLoadedPortfolio();
  const today = useToday();
  const scope = usePortfolioScope();
  const { reviews } = useReceivedReviews();
  // Once per portfolio, reviews and day: re-renders (a refetch that changed nothing) reuse it.
  // Progress counts the statuses the candidate sees, reviewers' newer grades included.
  const summary = useMemo(
    () => summarizeDashboard(withEffectiveStatuses(portfolio, reviews), today),
    [portfolio, reviews, today],
  );
  const { overdue } = summary;
  const { welcomedNow } = useFirstVisit();
  // The newcomer is the user just welcomed, in their own portfolio; the sample's owner is not.
  const workspace = useAppInfo().data?.workspace;
  const newcomer = welcomedNow && workspace === 'own';
  return (
    <Page title={dashboardStrings.title}>
      <p className="lead">
        {scope.kind === 'candidate'
          ? dashboardStrings.candidateLead(portfolio.profile.name)
          : dashboardStrings.greeting(portfolio.profile.name, newcomer)}
      </p>
      {scope.kind === 'own' ? <ReviewNewsCard /> : null}
      <div className="dashboard-cards">
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
