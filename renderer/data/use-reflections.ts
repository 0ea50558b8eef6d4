import { useQuery } from '@tanstack/react-query';
import { useInvoke } from '../api/api-context';
import { queryKeys } from './query-keys';

/** Every reflection without its body, for lists, links and the evidence map. */
export function useReflectionList() {
  const invoke = useInvoke();
  return useQuery({
    queryKey: queryKeys.reflectionList,
    queryFn: () => invoke('reflection-list', {}),
  });
}

/** One reflection with its body, for the editor; not asked for while `enabled` is false. */
export function useReflection(id: string, enabled = true) {
  const invoke = useInvoke();
  return useQuery({
    queryKey: queryKeys.reflection(id),
    queryFn: () => invoke('reflection-get', { id }),
    enabled,
    // The editor owns the body while it is open; a refetch must not reset what is being typed.
    staleTime: Infinity,
  });
}
