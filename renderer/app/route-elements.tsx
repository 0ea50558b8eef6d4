import { Navigate, Outlet, useParams } from 'react-router';
import { ReviewerOwn } from '../features/review-scope/ReviewerOwn';
import { paths } from './paths';

/** The reviewer's pages inside a candidate's scope use the app's own data, not the copy's. */
export function ReviewerPages() {
  return (
    <ReviewerOwn>
      <Outlet />
    </ReviewerOwn>
  );
}

/** The old address of a candidate's copy (a framed web version) opens the candidate's screens. */
export function ReviewedRedirect() {
  const { portfolioId = '' } = useParams();
  return <Navigate to={paths.candidate(portfolioId)} replace />;
}
