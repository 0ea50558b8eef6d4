import type { JobProgress } from '@shared/jobs/job-status';
import { strings } from '../strings';
import { formatSize } from '@shared/format/format-size';

/** "120 MB of 1 GB, 35 of 80 files"; "Starting…" before the job knows its size. */
export function jobProgressText(progress: JobProgress): string {
  if (progress.bytesTotal === 0 && progress.itemsTotal === 0) return strings.bundle.starting;
  return strings.bundle.progress(
    formatSize(progress.bytesDone),
    formatSize(progress.bytesTotal),
    progress.itemsDone,
    progress.itemsTotal,
  );
}
