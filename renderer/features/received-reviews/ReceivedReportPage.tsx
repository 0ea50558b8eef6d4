import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { competencyTitles, reportMonthLabel, reviewerLine } from '@shared/review/review-labels';
import { paths } from '../../app/paths';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { Page } from '../../components/Page';
import { useLoadedPortfolio } from '../../data/use-loaded-portfolio';
import { useReceivedReviewsQuery } from '../../data/use-received-reviews';
import { ReportView } from './ReportView';
import { receivedStrings as text } from './strings';
import './received-reviews.css';

/** One final report a reviewer sent, read-only. */
export function ReceivedReportPage() {
  const { reviewerId = '', reportId = '' } = useParams();
  const received = useReceivedReviewsQuery();
  const { program } = useLoadedPortfolio();
  const areas = useMemo(() => competencyTitles(program), [program]);
  const back = (
    <Link to={paths.fromMyMentor} className="button button-quiet">
      {text.back}
    </Link>
  );
  if (received.isPending || !received.data) {
    return (
      <Page title={text.fromMyMentor} actions={back}>
        {received.isPending ? (
          <LoadingState />
        ) : (
          <ErrorAlert error={received.error} onRetry={() => void received.refetch()} />
        )}
      </Page>
    );
  }
  const review = received.data.reviews.find((r) => r.reviewer.reviewerId === reviewerId);
  const report = review?.layer.reports.find(
    (r) => r.id === reportId && r.state === 'final' && r.deletedAt === null,
  );
  if (!review || !report) {
    return (
      <Page title={text.fromMyMentor} actions={back}>
        <p role="alert">{text.reportNotFound}</p>
      </Page>
    );
  }
  const title = text.reportTitle(reportMonthLabel(report.month));
  return (
    <Page title={title} actions={back}>
      <p className="lead">{reviewerLine(review.reviewer)}</p>
      <ReportView report={report} areas={areas} />
    </Page>
  );
}
