import type { JobProgress } from '@shared/jobs/job-status';
import { strings } from '../strings';
import { formatSize } from '@shared/format/format-size';

/** "120 MB of 1 GB, 35 of 80 files"; "Starting…" before the job reports or knows its size. */
export function jobProgressText(progress: JobProgress | null | undefined): string {
  if (!progress || (progress.bytesTotal === 0 && progress.itemsTotal === 0)) {
    return strings.job.starting;
  }
  return strings.job.progress(
    formatSize(progress.bytesDone),
    formatSize(progress.bytesTotal),
    progress.itemsDone,
    progress.itemsTotal,
  );
}
