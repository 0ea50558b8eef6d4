import { Navigate, type RouteObject } from 'react-router';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { AppShell } from './AppShell';
import { HomePage } from './HomePage';
import { paths } from './paths';
import { lazyPage } from './lazy-page';
import { NotFoundPage } from './NotFoundPage';
import { ReviewedRedirect, ReviewerPages } from './route-elements';
import { RouteError } from './RouteError';

// The dashboard is where the app opens, so it is in the entry chunk; every other page is split.
const SessionsPage = lazyPage(() => import('../features/sessions/SessionsPage'), 'SessionsPage');
const SessionDetailPage = lazyPage(
  () => import('../features/sessions/SessionDetailPage'),
  'SessionDetailPage',
);
const AssignmentsPage = lazyPage(
  () => import('../features/assignments/AssignmentsPage'),
  'AssignmentsPage',
);
const AssignmentCreatePage = lazyPage(
  () => import('../features/assignments/AssignmentCreatePage'),
  'AssignmentCreatePage',
);
const AssignmentEditPage = lazyPage(
  () => import('../features/assignments/AssignmentEditPage'),
  'AssignmentEditPage',
);
const ReflectionsPage = lazyPage(
  () => import('../features/reflections/ReflectionsPage'),
  'ReflectionsPage',
);
const ReflectionEditorPage = lazyPage(
  () => import('../features/reflections/ReflectionEditorPage'),
  'ReflectionEditorPage',
);
const ArtifactsPage = lazyPage(
  () => import('../features/artifacts/ArtifactsPage'),
  'ArtifactsPage',
);
const ArtifactDetailPage = lazyPage(
  () => import('../features/artifacts/ArtifactDetailPage'),
  'ArtifactDetailPage',
);
const EvidenceMapPage = lazyPage(
  () => import('../features/evidence/EvidenceMapPage'),
  'EvidenceMapPage',
);
const MentorLogPage = lazyPage(() => import('../features/log/MentorLogPage'), 'MentorLogPage');
const LogEntryCreatePage = lazyPage(
  () => import('../features/log/LogEntryCreatePage'),
  'LogEntryCreatePage',
);
const LogEntryEditPage = lazyPage(
  () => import('../features/log/LogEntryEditPage'),
  'LogEntryEditPage',
);
const ExportsPage = lazyPage(() => import('../features/exports/ExportsPage'), 'ExportsPage');
const ConflictsPage = lazyPage(
  () => import('../features/conflicts/ConflictsPage'),
  'ConflictsPage',
);
const CandidatesPage = lazyPage(
  () => import('../features/candidates/CandidatesPage'),
  'CandidatesPage',
);
const CandidateChangesPage = lazyPage(
  () => import('../features/candidates/CandidateChangesPage'),
  'CandidateChangesPage',
);
const CohortFeedbackPage = lazyPage(
  () => import('../features/candidates/CohortFeedbackPage'),
  'CohortFeedbackPage',
);
const WorkStudyPage = lazyPage(
  () => import('../features/review-layer/work-study/WorkStudyPage'),
  'WorkStudyPage',
);
const ReportsPage = lazyPage(
  () => import('../features/review-layer/reports/ReportsPage'),
  'ReportsPage',
);
const ReportPage = lazyPage(
  () => import('../features/review-layer/reports/ReportPage'),
  'ReportPage',
);
const ReportPrintPage = lazyPage(
  () => import('../features/review-layer/reports/ReportPrintPage'),
  'ReportPrintPage',
);
const CandidateScope = lazyPage(
  () => import('../features/candidate-view/CandidateScope'),
  'CandidateScope',
);
const FromMyMentorPage = lazyPage(
  () => import('../features/received-reviews/FromMyMentorPage'),
  'FromMyMentorPage',
);
const ReceivedReportPage = lazyPage(
  () => import('../features/received-reviews/ReceivedReportPage'),
  'ReceivedReportPage',
);
const ProfilePage = lazyPage(() => import('../features/profile/ProfilePage'), 'ProfilePage');
const ShortcutsPage = lazyPage(() => import('./shortcuts/ShortcutsPage'), 'ShortcutsPage');

/**
 * The screens of one portfolio, to read: the user's own, and a candidate's copy under
 * /candidates/:portfolioId (the same components, read-only there).
 */
const portfolioScreens: RouteObject[] = [
  { path: 'sessions', element: <SessionsPage /> },
  { path: 'sessions/:sessionId', element: <SessionDetailPage /> },
  { path: 'assignments', element: <AssignmentsPage /> },
  { path: 'assignments/:assignmentId', element: <AssignmentEditPage /> },
  { path: 'reflections', element: <ReflectionsPage /> },
  { path: 'reflections/:reflectionId', element: <ReflectionEditorPage /> },
  { path: 'artifacts', element: <ArtifactsPage /> },
  { path: 'artifacts/:artifactId', element: <ArtifactDetailPage /> },
  { path: 'evidence', element: <EvidenceMapPage /> },
  { path: 'log', element: <MentorLogPage /> },
];

/** The app's pages under one shell. Paths match ./paths.ts. */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppShell />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <HomePage /> },
      ...portfolioScreens,
      // Only the own portfolio creates; a static segment outranks the `:id` route beside it.
      { path: 'assignments/new', element: <AssignmentCreatePage /> },
      { path: 'log/new', element: <LogEntryCreatePage /> },
      { path: 'log/:entryId', element: <LogEntryEditPage /> },
      { path: 'exports', element: <ExportsPage /> },
      { path: 'conflicts', element: <ConflictsPage /> },
      { path: 'candidates', element: <CandidatesPage /> },
      { path: 'cohort-feedback', element: <CohortFeedbackPage /> },
      { path: 'reviewed', element: <Navigate to={paths.candidates} replace /> },
      { path: 'reviewed/:portfolioId', element: <ReviewedRedirect /> },
      { path: 'candidates/:portfolioId/reports/:reportId/print', element: <ReportPrintPage /> },
      { path: 'from-my-mentor', element: <FromMyMentorPage /> },
      { path: 'from-my-mentor/:reviewerId/:reportId', element: <ReceivedReportPage /> },
      { path: 'profile', element: <ProfilePage /> },
      { path: 'shortcuts', element: <ShortcutsPage /> },
      {
        // A candidate's own screens over their imported copy, read-only (CandidateScope).
        path: 'candidates/:portfolioId',
        element: <CandidateScope />,
        children: [
          { index: true, element: <DashboardPage /> },
          ...portfolioScreens,
          {
            // The reviewer's own pages about this candidate: the reviewer's data, editable.
            element: <ReviewerPages />,
            children: [
              { path: 'changes', element: <CandidateChangesPage /> },
              { path: 'work-study', element: <WorkStudyPage /> },
              { path: 'reports', element: <ReportsPage /> },
              { path: 'reports/:reportId', element: <ReportPage /> },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
