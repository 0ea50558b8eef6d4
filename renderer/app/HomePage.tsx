import { Navigate } from 'react-router';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { useRoleView } from '../features/identity/use-role-view';
import { paths } from './paths';

/** Where the app opens: the dashboard, or My candidates for someone who only reviews. */
export function HomePage() {
  const { home } = useRoleView();
  return home === paths.dashboard ? <DashboardPage /> : <Navigate to={home} replace />;
}
