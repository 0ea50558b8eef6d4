import { useQuery } from '@tanstack/react-query';
import { useInvoke } from '../api/api-context';
import { queryKeys } from './query-keys';

/** The open portfolio (the user's own or the sample). */
export function usePortfolio() {
  const invoke = useInvoke();
  return useQuery({ queryKey: queryKeys.portfolio, queryFn: () => invoke('portfolio-get', {}) });
}
