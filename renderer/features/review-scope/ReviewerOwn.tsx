import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { createContext, useContext, type ReactNode } from 'react';
import type { Invoke } from '@shared/contract/contract';
import { ApiProvider } from '../../api/api-context';

/** The app's own way to the core and data cache, as they were outside a candidate's scope. */
export interface ReviewerApi {
  invoke: Invoke;
  queryClient: QueryClient;
}

/** Set by the candidate's scope (CandidateScope); null outside one. */
export const ReviewerApiContext = createContext<ReviewerApi | null>(null);

/**
 * The reviewer's own pages and tools inside a candidate's scope (grades, threads, work study,
 * reports, changes): they are the reviewer's content, not the candidate's, so they get the app's
 * own invoke (editable unless the data folder is read-only) and its cache (My candidates sees
 * what they change at once), not the candidate's read-only copy.
 */
export function ReviewerOwn({ children }: { children: ReactNode }) {
  const api = useContext(ReviewerApiContext);
  if (!api) return <>{children}</>;
  return (
    <ApiProvider invoke={api.invoke}>
      <QueryClientProvider client={api.queryClient}>{children}</QueryClientProvider>
    </ApiProvider>
  );
}
