import { Link, useParams } from 'react-router';
import { reviewedSitePath } from '@shared/contract/transport';
import { paths } from '../../app/paths';
import { useBundleFiles } from '../../api/bundle-files-context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { Page } from '../../components/Page';
import { useReviewedPortfolios } from '../../data/use-reviewed';
import { reviewedStrings } from './strings';
import { reviewedName } from './reviewed-name';
import './reviewed.css';

/**
 * Someone else's portfolio, read-only: the web version this app rendered from the checked data,
 * in a frame that may not run scripts (no allow-scripts), only show pages and download files.
 */
export function ReviewedPortfolioPage() {
  const { portfolioId = '' } = useParams();
  const files = useBundleFiles();
  const reviewed = useReviewedPortfolios();
  const text = reviewedStrings;
  const portfolio = reviewed.data?.find((item) => item.origin.portfolioId === portfolioId);

  if (reviewed.isPending) return <LoadingState />;
  if (!portfolio) {
    return (
      <Page title={text.title}>
        <ErrorAlert error={reviewed.error} onRetry={() => void reviewed.refetch()} />
        {reviewed.error ? null : <p>{text.notFound}</p>}
        <p>
          <Link to={paths.reviewed}>{text.back}</Link>
        </p>
      </Page>
    );
  }
  const name = reviewedName(portfolio);
  return (
    <Page title={text.heading(name)}>
      <p>
        <Link to={paths.reviewed}>{text.back}</Link>
      </p>
      <iframe
        className="reviewed-frame"
        title={text.frameTitle(name)}
        sandbox="allow-same-origin allow-downloads"
        src={reviewedSitePath(files.siteAccess, portfolioId)}
      />
    </Page>
  );
}
