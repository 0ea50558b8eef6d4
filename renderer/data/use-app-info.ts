import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Invoke } from '@shared/contract/contract';
import { useInvoke } from '../api/api-context';
import { queryKeys } from './query-keys';

/** The query for the host, workspace and one-time notice; main.tsx starts it before React renders. */
export const appInfoQuery = (invoke: Invoke) =>
  queryOptions({ queryKey: queryKeys.appInfo, queryFn: () => invoke('app-info', {}) });

/** Which host and workspace the app runs in, and any one-time notice. */
export function useAppInfo() {
  return useQuery(appInfoQuery(useInvoke()));
}

/** The data folder cannot be written: editing controls are disabled (the core refuses anyway). */
export function useReadOnly(): boolean {
  return useAppInfo().data?.readOnly === true;
}
