import { useEffect, useMemo, type ReactNode } from 'react';
import { useBundleFiles } from '../../api/bundle-files-context';
import { formatSize } from '@shared/format/format-size';
import { jobProgressText } from '../../components/job-progress-text';
import { JobProgressDialog } from '../../components/JobProgressDialog';
import { bundleImportStrings } from './strings';
import { BundleImportContext, type BundleImport } from './bundle-import-context';
import { ImportSummaryDialog } from './ImportSummaryDialog';
import { isReviewFileName } from './bundle-file-name';
import { ReviewImportDialog } from './ReviewImportDialog';
import { useBundleImportFlow } from './use-bundle-import-flow';
import { useWindowBundleDrop } from './use-window-bundle-drop';
import './bundle-import.css';

export interface BundleImportProviderProps {
  children: ReactNode;
}

/**
 * Importing a bundle is open to every page: a file chosen with an Import button, dropped on the
 * window, or opened with the app by the system. This owns that one import and its dialogs.
 */
export function BundleImportProvider({ children }: BundleImportProviderProps) {
  const files = useBundleFiles();
  const flow = useBundleImportFlow();
  const { step, importFile, followInspection, outcome, dismissOutcome, review } = flow;
  const { showOpened } = review;
  useWindowBundleDrop(importFile);
  useEffect(() => files.onBundleOpened(followInspection), [files, followInspection]);
  useEffect(() => files.onReviewOpened(showOpened), [files, showOpened]);

  const context = useMemo<BundleImport>(
    () => ({ importFile, outcome, dismissOutcome }),
    [importFile, outcome, dismissOutcome],
  );

  const text = bundleImportStrings;
  const progress =
    step.step === 'sending'
      ? {
          value: step.loaded,
          max: step.total,
          text: text.uploadProgress(formatSize(step.loaded), formatSize(step.total)),
        }
      : {
          value: flow.progress?.bytesDone ?? 0,
          max: flow.progress?.bytesTotal ?? 0,
          text: jobProgressText(flow.progress),
        };

  return (
    <BundleImportContext.Provider value={context}>
      {children}
      <JobProgressDialog
        open={step.step === 'sending' || step.step === 'checking'}
        title={
          step.step === 'sending' && isReviewFileName(step.fileName)
            ? text.review.checkingTitle
            : text.checkingTitle
        }
        message={step.step === 'sending' ? text.sending(step.fileName) : text.checking}
        progress={progress}
        cancelling={flow.cancelling}
        error={flow.cancelError}
        onCancel={flow.cancel}
      />
      {step.step === 'summary' ? (
        <ImportSummaryDialog
          key={step.summary.inspectionId}
          summary={step.summary}
          committing={step.committing}
          error={step.error}
          onImport={(as) => flow.commit(step.summary, as)}
          onCancel={() => flow.discard(step.summary)}
        />
      ) : null}
      {step.step === 'review' ? (
        <ReviewImportDialog
          key={step.summary.inspectionId}
          summary={step.summary}
          applying={step.applying}
          error={step.error}
          onApply={() => review.apply(step.summary)}
          onCancel={() => review.discard(step.summary)}
        />
      ) : null}
    </BundleImportContext.Provider>
  );
}
