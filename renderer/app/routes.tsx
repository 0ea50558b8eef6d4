import type { RouteObject } from 'react-router';
import { AssignmentCreatePage } from '../features/assignments/AssignmentCreatePage';
import { AssignmentEditPage } from '../features/assignments/AssignmentEditPage';
import { AssignmentsPage } from '../features/assignments/AssignmentsPage';
import { ArtifactDetailPage } from '../features/artifacts/ArtifactDetailPage';
import { ArtifactsPage } from '../features/artifacts/ArtifactsPage';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { EvidenceMapPage } from '../features/evidence/EvidenceMapPage';
import { ExportsPage } from '../features/exports/ExportsPage';
import { LogEntryCreatePage } from '../features/log/LogEntryCreatePage';
import { LogEntryEditPage } from '../features/log/LogEntryEditPage';
import { MentorLogPage } from '../features/log/MentorLogPage';
import { ProfilePage } from '../features/profile/ProfilePage';
import { ReflectionEditorPage } from '../features/reflections/ReflectionEditorPage';
import { ReflectionsPage } from '../features/reflections/ReflectionsPage';
import { SessionDetailPage } from '../features/sessions/SessionDetailPage';
import { SessionsPage } from '../features/sessions/SessionsPage';
import { AppShell } from './AppShell';
import { NotFoundPage } from './NotFoundPage';
import { RouteError } from './RouteError';

/** The app's pages under one shell. Paths match ./paths.ts. */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppShell />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <DashboardPage /> },
      { path: 'sessions', element: <SessionsPage /> },
      { path: 'sessions/:sessionId', element: <SessionDetailPage /> },
      { path: 'assignments', element: <AssignmentsPage /> },
      { path: 'assignments/new', element: <AssignmentCreatePage /> },
      { path: 'assignments/:assignmentId', element: <AssignmentEditPage /> },
      { path: 'reflections', element: <ReflectionsPage /> },
      { path: 'reflections/:reflectionId', element: <ReflectionEditorPage /> },
      { path: 'artifacts', element: <ArtifactsPage /> },
      { path: 'artifacts/:artifactId', element: <ArtifactDetailPage /> },
      { path: 'evidence', element: <EvidenceMapPage /> },
      { path: 'log', element: <MentorLogPage /> },
      { path: 'log/new', element: <LogEntryCreatePage /> },
      { path: 'log/:entryId', element: <LogEntryEditPage /> },
      { path: 'exports', element: <ExportsPage /> },
      { path: 'profile', element: <ProfilePage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
