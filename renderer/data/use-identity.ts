import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Invoke } from '@shared/contract/contract';
import { useInvoke } from '../api/api-context';
import { queryKeys } from './query-keys';

/** The query for who the user is (roles, reviewer profile); main.tsx starts it early. */
export const identityQuery = (invoke: Invoke) =>
  queryOptions({ queryKey: queryKeys.identity, queryFn: () => invoke('identity-get', {}) });

/** Who uses this data folder: candidate, mentor, instructor (several allowed). */
export function useIdentity() {
  return useQuery(identityQuery(useInvoke()));
}
