import { Suspense } from 'react';
import { Outlet, useMatch } from 'react-router';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingState } from '../components/LoadingState';
import { UndoProvider } from '../components/UndoProvider';
import { useAppInfo } from '../data/use-app-info';
import { useIdentity } from '../data/use-identity';
import { usePortfolio } from '../data/use-portfolio';
import { BundleImportProvider } from '../features/bundle-import/BundleImportProvider';
import { ImportOutcomeBar } from '../features/bundle-import/ImportOutcomeBar';
import { SearchTrigger } from '../features/search/SearchTrigger';
import { FirstRun } from '../features/welcome/FirstRun';
import { FirstVisitProvider } from '../features/welcome/FirstVisitProvider';
import { strings } from '../strings';
import { MainNav } from './MainNav';
import { NoticeAlert } from './NoticeAlert';
import { paths } from './paths';
import { ReadOnlyBanner } from './ReadOnlyBanner';
import { SampleBanner } from './SampleBanner';
import { KeyboardShortcuts } from './shortcuts/KeyboardShortcuts';
import { SkipLink } from './SkipLink';

const MAIN_ID = 'main';

/**
 * The frame of every page: skip link, header, left navigation and main landmark. Until the
 * welcome is completed or skipped, the welcome takes the place of the navigation and pages.
 * Roles that cannot be read do not stop the app: it shows the candidate's pages, and the
 * Profile page says what is wrong.
 */
export function AppShell() {
  const portfolio = usePortfolio();
  const appInfo = useAppInfo();
  const identity = useIdentity();
  // A candidate's screens have their own search, of that candidate (CandidateHeader).
  const inCandidate = useMatch('/candidates/:portfolioId/*') !== null;
  // Outside one candidate, a reviewer's pages search every candidate.
  const onCandidates = useMatch(paths.candidates) !== null;
  const onCohort = useMatch(paths.cohortFeedback) !== null;
  const overCandidates = onCandidates || onCohort;

  if (portfolio.isError || appInfo.isError) {
    return (
      <main id={MAIN_ID} className="shell-centered">
        <h1>{strings.appName}</h1>
        <ErrorAlert
          error={portfolio.error ?? appInfo.error}
          onRetry={() => {
            void portfolio.refetch();
            void appInfo.refetch();
          }}
        />
      </main>
    );
  }
  if (!portfolio.data || !appInfo.data || identity.isPending) {
    return (
      <main id={MAIN_ID} className="shell-centered">
        <LoadingState />
      </main>
    );
  }

  const inSample = appInfo.data.workspace === 'sample';
  const needsWelcome = portfolio.data.profile.welcomeCompletedAt === null;
  return (
    <UndoProvider>
      {/* A bundle can be imported from any page, the welcome included (a second computer). */}
      <BundleImportProvider>
        <FirstVisitProvider>
          <div className="shell">
            <SkipLink targetId={MAIN_ID} />
            <header className="shell-header">
              <p className="app-name">{strings.appName}</p>
              {needsWelcome ? null : (
                <div className="shell-header-actions">
                  {inCandidate ? null : (
                    <SearchTrigger scope={overCandidates ? 'all-candidates' : 'portfolio'} />
                  )}
                  <KeyboardShortcuts />
                </div>
              )}
            </header>
            {inSample ? <SampleBanner /> : null}
            {appInfo.data.readOnly ? <ReadOnlyBanner /> : null}
            <NoticeAlert notice={appInfo.data.notice} />
            <ImportOutcomeBar />
            {needsWelcome ? (
              <main id={MAIN_ID} tabIndex={-1} className="shell-main shell-main-welcome">
                <FirstRun portfolio={portfolio.data} identity={identity.data ?? null} />
              </main>
            ) : (
              <div className="shell-body">
                <MainNav showSampleButton={!inSample} />
                <main id={MAIN_ID} tabIndex={-1} className="shell-main">
                  {/* Pages other than the dashboard load on first use; the wait is a status. */}
                  <Suspense fallback={<LoadingState message={strings.loadingPage} />}>
                    <Outlet />
                  </Suspense>
                </main>
              </div>
            )}
          </div>
        </FirstVisitProvider>
      </BundleImportProvider>
    </UndoProvider>
  );
}
