import { useCallback, useState } from 'react';
import type { ExportFormat } from '@shared/exports/export-formats';
import type { JobStatus } from '@shared/jobs/job-status';
import { useBundleFiles } from '../../api/bundle-files-context';
import { useStartExport } from '../../data/use-bundle-export';
import { failureOf, useJob } from '../../data/use-job';
import { formatSize } from '@shared/format/format-size';
import { bundleExportStrings } from './strings';
import { clickDownloadLink } from './save-file';

export interface ExportOutcome {
  /** A sentence for the status region: where the file went, or that nothing was written. */
  message: string;
  error: unknown;
}

const NO_OUTCOME: ExportOutcome = { message: '', error: null };

/**
 * One export of the portfolio (a bundle, the web version, Leap2A, PDF) from start to end. Electron asks where to save first (cancelling that dialog
 * does nothing); the browser host writes the bundle inside the data folder and downloads it once
 * it is done. While the job runs, its status is polled for the progress dialog.
 */
export function useBundleExportFlow() {
  const files = useBundleFiles();
  const startExport = useStartExport();
  const [jobId, setJobId] = useState<string | null>(null);
  const [choosing, setChoosing] = useState(false);
  const [outcome, setOutcome] = useState<ExportOutcome>(NO_OUTCOME);

  const onFinished = useCallback(
    (job: JobStatus) => {
      setJobId(null);
      if (job.state === 'cancelled') {
        setOutcome({ message: bundleExportStrings.exportCancelled, error: null });
      } else if (job.state === 'failed' || !job.exported) {
        setOutcome({ message: '', error: failureOf(job) });
      } else if (job.exported.savedTo !== null) {
        const { fileName, savedTo } = job.exported;
        setOutcome({ message: bundleExportStrings.savedTo(fileName, savedTo), error: null });
      } else if (job.exported.downloadPath !== null) {
        const { fileName, downloadPath, bytes } = job.exported;
        clickDownloadLink(files.downloadUrl(downloadPath), fileName);
        setOutcome({
          message: bundleExportStrings.downloaded(fileName, formatSize(bytes)),
          error: null,
        });
      }
    },
    [files],
  );
  const followed = useJob(jobId, onFinished);

  const start = async (format: ExportFormat, includePrivate: boolean, suggestedName: string) => {
    setOutcome(NO_OUTCOME);
    let destination: string | null = null;
    if (files.chooseDestination) {
      setChoosing(true);
      try {
        destination = await files.chooseDestination(suggestedName);
      } catch (error) {
        setOutcome({ message: '', error });
        return;
      } finally {
        setChoosing(false);
      }
      if (destination === null) return;
    }
    startExport.mutate(
      destination === null ? { format, includePrivate } : { format, includePrivate, destination },
      { onSuccess: setJobId },
    );
  };

  return {
    start,
    /** Busy from the first click to the end: the Export button waits. */
    busy: choosing || startExport.isPending || jobId !== null,
    running: jobId !== null,
    job: followed.job,
    cancel: followed.cancel,
    cancelling: followed.cancelling,
    cancelError: followed.cancelError,
    outcome: { ...outcome, error: outcome.error ?? startExport.error },
  };
}
