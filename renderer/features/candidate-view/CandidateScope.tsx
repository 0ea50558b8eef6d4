import { QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { Suspense, useMemo, useState } from 'react';
import { Link, Outlet, useParams } from 'react-router';
import { ApiProvider, useInvoke } from '../../api/api-context';
import { ArtifactFilesProvider } from '../../api/artifact-files-context';
import { useBundleFiles } from '../../api/bundle-files-context';
import { paths } from '../../app/paths';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { createQueryClient } from '../../data/query-client';
import { useAppInfo } from '../../data/use-app-info';
import { usePortfolio } from '../../data/use-portfolio';
import { strings } from '../../strings';
import { PortfolioScopeContext, type PortfolioScope } from '../review-scope/portfolio-scope';
import { ReviewerApiContext, type ReviewerApi } from '../review-scope/ReviewerOwn';
import { candidateArtifactFiles } from './candidate-artifact-files';
import { candidateInvoke } from './candidate-invoke';
import { CandidateHeader } from './CandidateHeader';
import { candidateViewStrings as text } from './strings';
import './candidate-view.css';

/**
 * `/candidates/<portfolioId>/…`: the candidate's own screens over their imported copy. The
 * pages are the same components the candidate uses; this gives them the candidate's scope
 * (read-only reads of the copy, scoped links, the reviewer's slots), a data cache of their own
 * (one candidate's data never shows on another's screens), and the copy's artifact files.
 */
export function CandidateScope() {
  const { portfolioId = '' } = useParams();
  // A new scope per candidate: nothing cached or typed for one is kept for the next.
  return <CandidateScopeFor key={portfolioId} portfolioId={portfolioId} />;
}

function CandidateScopeFor({ portfolioId }: { portfolioId: string }) {
  const outer = useInvoke();
  const outerClient = useQueryClient();
  const [invoke] = useState(() => candidateInvoke(outer, portfolioId));
  const [queryClient] = useState(createQueryClient);
  const scope = useMemo<PortfolioScope>(() => ({ kind: 'candidate', portfolioId }), [portfolioId]);
  // The reviewer's own pages and tools under this scope go back to these (ReviewerOwn).
  const reviewerApi = useMemo<ReviewerApi>(
    () => ({ invoke: outer, queryClient: outerClient }),
    [outer, outerClient],
  );
  return (
    <ReviewerApiContext.Provider value={reviewerApi}>
      <ApiProvider invoke={invoke}>
        <QueryClientProvider client={queryClient}>
          <PortfolioScopeContext.Provider value={scope}>
            <CandidateFrame portfolioId={portfolioId} />
          </PortfolioScopeContext.Provider>
        </QueryClientProvider>
      </ApiProvider>
    </ReviewerApiContext.Provider>
  );
}

function CandidateFrame({ portfolioId }: { portfolioId: string }) {
  const portfolio = usePortfolio();
  // Read-only comes from the scope's app info: the pages wait for it, so no editing control
  // ever shows for a moment.
  const appInfo = useAppInfo();
  const bundleFiles = useBundleFiles();
  const artifacts = portfolio.data?.artifacts;
  const files = useMemo(
    () => candidateArtifactFiles(bundleFiles.siteAccess, portfolioId, artifacts ?? []),
    [bundleFiles.siteAccess, portfolioId, artifacts],
  );
  if (portfolio.isError) {
    return (
      <div className="page">
        <h1>{text.headerLabel}</h1>
        <ErrorAlert error={portfolio.error} onRetry={() => void portfolio.refetch()} />
        <p>
          <Link to={paths.candidates}>{text.back}</Link>
        </p>
      </div>
    );
  }
  if (!portfolio.data || !appInfo.data) return <LoadingState message={text.loading} />;
  return (
    <ArtifactFilesProvider files={files}>
      <CandidateHeader portfolio={portfolio.data} />
      <Suspense fallback={<LoadingState message={strings.loadingPage} />}>
        <Outlet />
      </Suspense>
    </ArtifactFilesProvider>
  );
}
