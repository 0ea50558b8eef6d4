import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { BundleExportPreview, ChannelInput } from '@shared/contract/contract';
import { useInvoke } from '../api/api-context';
import type { ApiError } from '../api/api-error';
import { queryKeys } from './query-keys';

/**
 * What an export would hold. Asked again each time the card opens (any change since makes it
 * stale), and the last figures stay on screen while the private toggle fetches new ones.
 */
export function useExportPreview(includePrivate: boolean) {
  const invoke = useInvoke();
  return useQuery<BundleExportPreview, ApiError>({
    queryKey: queryKeys.exportPreview(includePrivate),
    queryFn: () => invoke('bundle-export-preview', { includePrivate }),
    staleTime: 0,
    placeholderData: keepPreviousData,
  });
}

/**
 * Starts writing an export (a bundle unless another format is asked for); answers the job's id.
 * Changes no data, so nothing is refetched.
 */
export function useStartExport() {
  const invoke = useInvoke();
  return useMutation<string, ApiError, ChannelInput<'bundle-export-start'>>({
    mutationFn: async (input) => (await invoke('bundle-export-start', input)).jobId,
  });
}
