import { Link } from 'react-router';
import {
  finalReportsByReviewer,
  reportMonthLabel,
  reviewerLine,
} from '@shared/review/review-labels';
import { paths } from '../../app/paths';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { Page } from '../../components/Page';
import { useReceivedReviewsQuery } from '../../data/use-received-reviews';
import { receivedStrings as text } from './strings';
import './received-reviews.css';

/** The final progress reports reviewers sent, per reviewer (mentor and instructor side by side). */
export function FromMyMentorPage() {
  const received = useReceivedReviewsQuery();
  if (received.isPending) {
    return (
      <Page title={text.fromMyMentor}>
        <LoadingState />
      </Page>
    );
  }
  if (!received.data) {
    return (
      <Page title={text.fromMyMentor}>
        <ErrorAlert error={received.error} onRetry={() => void received.refetch()} />
      </Page>
    );
  }
  const groups = finalReportsByReviewer(received.data.reviews);
  return (
    <Page title={text.fromMyMentor}>
      <p className="lead">{text.fromMyMentorIntro}</p>
      {groups.length === 0 ? <p>{text.noReports}</p> : null}
      <div className="reviewer-groups">
        {groups.map(({ reviewer, reports }) => (
          <section
            key={reviewer.reviewerId}
            className="card"
            aria-labelledby={`reviewer-${reviewer.reviewerId}`}
          >
            <h2 id={`reviewer-${reviewer.reviewerId}`}>{reviewerLine(reviewer)}</h2>
            <ul>
              {reports.map((report) => (
                <li key={report.id}>
                  <Link to={paths.receivedReport(reviewer.reviewerId, report.id)}>
                    {text.reportTitle(reportMonthLabel(report.month))}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </Page>
  );
}
