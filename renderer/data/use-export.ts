import { useMutation } from '@tanstack/react-query';
import type { ExportedFile } from '@shared/contract/contract';
import { useInvoke } from '../api/api-context';
import type { ApiError } from '../api/api-error';

/** Asks the core for an export file; changes no data, so nothing is refetched. */
export function useExport(channel: 'calendar-export' | 'csv-export' | 'cohort-csv-export') {
  const invoke = useInvoke();
  return useMutation<ExportedFile, ApiError, void>({
    mutationFn: () => invoke(channel, {}),
  });
}
