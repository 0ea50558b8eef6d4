import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { JobStatus } from '@shared/jobs/job-status';
import { useInvoke } from '../api/api-context';
import { ApiError } from '../api/api-error';
import { strings } from '../strings';
import { queryKeys } from './query-keys';

/** How often a running job is asked for its progress: smooth enough, and cheap for the core. */
export const JOB_POLL_MS = 200;

const NOT_FOLLOWED: JobStatus = {
  jobId: '',
  kind: 'bundle-export',
  state: 'failed',
  progress: { bytesDone: 0, bytesTotal: 0, itemsDone: 0, itemsTotal: 0 },
  error: null,
  exported: null,
  importSummary: null,
};

/**
 * A core job (writing or checking a bundle), asked for its status every JOB_POLL_MS while it runs;
 * polling stops by itself once the job is done, failed or cancelled. `cancel` asks the core to stop
 * it and takes the final status it answers. `onFinished` runs once per job, when it has ended
 * (done, failed or cancelled). Null: no job yet.
 */
export function useJob(jobId: string | null, onFinished?: (job: JobStatus) => void) {
  const invoke = useInvoke();
  const queryClient = useQueryClient();
  const status = useQuery<JobStatus, ApiError>({
    queryKey: queryKeys.job(jobId ?? ''),
    queryFn: () => invoke('job-status', { jobId: jobId ?? '' }),
    enabled: jobId !== null,
    staleTime: 0,
    refetchInterval: (query) =>
      query.state.status !== 'error' && (query.state.data?.state ?? 'running') === 'running'
        ? JOB_POLL_MS
        : false,
  });
  const cancel = useMutation<JobStatus, ApiError, void>({
    mutationFn: () => invoke('job-cancel', { jobId: jobId ?? '' }),
    onSuccess: (final) => queryClient.setQueryData(queryKeys.job(final.jobId), final),
  });
  const finishedRef = useRef(onFinished);
  useEffect(() => {
    finishedRef.current = onFinished;
  }, [onFinished]);
  const reported = useRef<string | null>(null);
  const job = status.data;
  const lostTrack = status.error;
  useEffect(() => {
    if (jobId === null || reported.current === jobId) return;
    // A job the app can no longer ask about (e.g. the core forgot it) has ended as far as the
    // page can tell: it fails with the sentence the core gave.
    const ended: JobStatus | null =
      job && job.jobId === jobId && job.state !== 'running'
        ? job
        : lostTrack
          ? { ...NOT_FOLLOWED, jobId, error: lostTrack.message }
          : null;
    if (!ended) return;
    reported.current = jobId;
    finishedRef.current?.(ended);
  }, [job, jobId, lostTrack]);

  return {
    /** Null until the first answer. */
    job: jobId === null ? null : (status.data ?? null),
    error: status.error,
    cancel: () => cancel.mutate(),
    cancelling: cancel.isPending,
    cancelError: cancel.error,
  };
}

/** A failed job's sentence as an error the alerts show. */
export function failureOf(job: JobStatus): ApiError {
  return new ApiError('io-error', job.error ?? strings.errors.unexpected);
}
