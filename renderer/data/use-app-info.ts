import { useQuery } from '@tanstack/react-query';
import { useInvoke } from '../api/api-context';
import { queryKeys } from './query-keys';

/** Which host and workspace the app runs in, and any one-time notice. */
export function useAppInfo() {
  const invoke = useInvoke();
  return useQuery({ queryKey: queryKeys.appInfo, queryFn: () => invoke('app-info', {}) });
}
