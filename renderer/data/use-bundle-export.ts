import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { BundleExportPreview, ChannelInput } from '@shared/contract/contract';
import type { ExportFormat } from '@shared/exports/export-formats';
import { useInvoke } from '../api/api-context';
import type { ApiError } from '../api/api-error';
import { queryKeys } from './query-keys';

/**
 * What an export would hold. Asked again each time the card opens (any change since makes it
 * stale), and the last figures stay on screen while the private toggle fetches new ones.
 */
export function useExportPreview(includePrivate: boolean, format: ExportFormat = 'bundle') {
  const invoke = useInvoke();
  return useQuery<BundleExportPreview, ApiError>({
    queryKey: queryKeys.exportPreview(includePrivate, format),
    queryFn: () => invoke('bundle-export-preview', { includePrivate, format }),
    staleTime: 0,
    placeholderData: keepPreviousData,
  });
}

/** Starts writing an export (a bundle unless another format is asked for); answers the job's id. Changes no data, so nothing is refetched. */
export function useStartExport() {
  const invoke = useInvoke();
  return useMutation<string, ApiError, ChannelInput<'bundle-export-start'>>({
    mutationFn: async (input) => (await invoke('bundle-export-start', input)).jobId,
  });
}
