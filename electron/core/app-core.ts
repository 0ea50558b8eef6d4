import type { ImportAs, ImportResult, ImportSummary } from '@shared/bundle/import-summary';
import type { Handlers } from '@shared/contract/contract';
import type { ArtifactLibrary } from './artifacts/artifact-library';
import { BundleExports } from './bundle/export/bundle-exports';
import type { BundleFileAccess } from './bundle/bundle-file-access';
import { BundleUploads } from './bundle/import/bundle-uploads';
import {
  type BundleSource,
  type ExportedBundle,
  type ExportProgress,
} from './bundle/export/export-bundle';
import { PORTFOLIO_EXPORT_WRITERS } from './exports/portfolio-export-writers';
import { chromiumPdfPrinter } from './print/chromium-pdf-printer';
import type { PdfPrinter } from './print/pdf-printer';
import { ReportPdfs } from './print/report-pdfs';
import type { ExportFormat } from '@shared/exports/export-formats';
import { BundleImporter } from './bundle/import/bundle-importer';
import { hasCommittedImports, rollForwardImports } from './bundle/import/roll-forward';
import { readOrCreateDeviceId } from './device-id';
import { appHandlers, type AppIdentity } from './handlers/app-handlers';
import { bundleHandlers } from './handlers/bundle-handlers';
import { candidatesHandlers } from './handlers/candidates-handlers';
import { candidateViewHandlers } from './handlers/candidate-view-handlers';
import { reviewFileHandlers } from './handlers/review-file-handlers';
import { JobRegistry } from './jobs/job-registry';
import { ConflictStore } from './sync/conflict-store';
import { artifactHandlers } from './handlers/artifact-handlers';
import { assignmentHandlers } from './handlers/assignment-handlers';
import { exportHandlers } from './handlers/export-handlers';
import { identityHandlers } from './handlers/identity-handlers';
import type { HandlerContext } from './handlers/handler-context';
import { logHandlers } from './handlers/log-handlers';
import { profileHandlers } from './handlers/profile-handlers';
import { reflectionHandlers } from './handlers/reflection-handlers';
import { reviewLayerHandlers } from './handlers/review-layer-handlers';
import { searchHandlers } from './handlers/search-handlers';
import { sessionHandlers } from './handlers/session-handlers';
import { randomId, systemClock, type Clock, type IdGenerator } from './platform';
import { refuseChangesWhenReadOnly } from './handlers/read-only-guard';
import { IdentityStore } from './review/identity-store';
import { ReviewLayerStore } from './review/review-layer-store';
import { CandidateCopies } from './reviewed/candidate-copies';
import type { LockTaker } from './store/folder-access';
import { Workspace, type InterruptedImports } from './workspace';
import { openReviewFiles, type ReviewFileService } from './review-file/review-file-service';

export interface CoreOptions extends AppIdentity {
  /** The data folder of the user's own portfolio. */
  dataDir: string;
  clock?: Clock;
  newId?: IdGenerator;
  /**
   * Open to read only: the command line's reading commands, which must leave the folder
   * byte-identical and may run beside the app. A folder that cannot be written opens so anyway.
   */
  readOnly?: boolean;
  /** For tests: how the folder's lock is taken, e.g. failing as on a read-only disk. */
  takeLock?: LockTaker;
  /** Prints PDFs: Electron passes its own Chromium; otherwise the system's Chromium or Chrome. */
  pdfPrinter?: PdfPrinter;
}

export interface Core {
  handlers: Handlers;
  /**
   * The artifact files of the portfolio being shown (own or sample), for what the contract does
   * not carry: serving files by id and taking uploads as streams (both hosts), opening a copy
   * with the system's app (Electron).
   */
  artifacts(): ArtifactLibrary;
  /** Bundle files that travel as streams: uploads, export downloads, reviewed web versions. */
  bundleFiles(): BundleFileAccess;
  /** Bundle work in the foreground, for the command line (see BundleWork). */
  bundleWork(): BundleWork;
  /** Review files in the foreground, for the command line (export to a path, inspect, apply). */
  reviewFiles(): ReviewFileWork;
  /** Release the data folder's lock (every change is already on disk). */
  close(): Promise<void>;
}

/**
 * The command line imports and exports in the foreground, with the same importer and the same
 * export as the app's jobs: the import choice (`as`) is made before the summary, so the summary
 * tells what it does, and the export goes straight to a path with the caller's progress and
 * cancel. Waiting inspections are discarded by `close`.
 */
export interface BundleWork {
  inspect(bundlePath: string, options: { as?: ImportAs }): Promise<ImportSummary>;
  commit(inspectionId: string, as?: ImportAs): Promise<ImportResult>;
  discard(inspectionId: string): Promise<void>;
  exportTo(options: {
    /** A bundle unless another format is asked for. */
    format?: ExportFormat;
    outPath: string;
    includePrivate: boolean;
    signal?: AbortSignal;
    onProgress?: (progress: ExportProgress) => void;
  }): Promise<ExportedBundle>;
}

/** What the command line does with review files: the same service as the channels. */
export type ReviewFileWork = Pick<ReviewFileService, 'inspect' | 'apply' | 'discard' | 'exporter'>;

/** How the workspace finishes imports that stopped after their commit point (bundle/import). */
export const INTERRUPTED_IMPORTS: InterruptedImports = {
  waiting: hasCommittedImports,
  finish: rollForwardImports,
};

/**
 * The application core: opens the data folder and answers every contract channel. Electron's
 * IPC, the browser host, the CLI and the tests all go through this one object.
 */
export async function openCore({
  dataDir,
  host,
  appVersion,
  clock = systemClock,
  newId = randomId,
  readOnly = false,
  takeLock,
  pdfPrinter = chromiumPdfPrinter(),
}: CoreOptions): Promise<Core> {
  const workspace = await Workspace.open({
    dataDir,
    clock,
    newId,
    readOnly,
    interruptedImports: INTERRUPTED_IMPORTS,
    ...(takeLock ? { takeLock } : {}),
  });
  const writable = !workspace.readOnly;
  const context: HandlerContext = { store: () => workspace.active(), clock, newId };
  const jobs = new JobRegistry(newId);
  const importer = new BundleImporter({ dataDir, workspace, clock, newId });
  const { reviewed } = importer;
  const uploads = await BundleUploads.open(dataDir, newId, writable);
  // Made on the first export: a data folder that never exported needs no id.
  const bundleSource = async () =>
    workspace.activeBundleSource(await readOrCreateDeviceId(dataDir, newId));
  const exports = await BundleExports.open(
    { dataDir, jobs, clock, appVersion, pdfPrinter, source: bundleSource },
    writable,
  );
  const conflicts = new ConflictStore({
    dataDir,
    store: () => workspace.ownStore(),
    reflections: () => workspace.ownReflections(),
    clock,
    newId,
  });
  const sideDeps = { dataDir, workspace, importer, clock, newId, appVersion, uploads, pdfPrinter };
  const review = reviewSide(sideDeps);
  const bundleFiles: BundleFileAccess = {
    receiveUpload: (fileName, body) => uploads.receive(fileName, body),
    exportDownload: (jobId) => exports.downloadFile(jobId),
    reviewedSiteFile: (portfolioId, file) => reviewed.siteFile(portfolioId, file),
  };
  const handlers: Handlers = refuseChangesWhenReadOnly(() => workspace.readOnly, {
    ...appHandlers(workspace, { host, appVersion }),
    ...profileHandlers(context),
    ...sessionHandlers(context),
    ...assignmentHandlers(context),
    ...logHandlers(context),
    ...exportHandlers(context),
    ...artifactHandlers(context, () => workspace.activeArtifacts()),
    ...reflectionHandlers(context, () => workspace.activeReflections()),
    ...searchHandlers(() => workspace.activeSearch()),
    ...bundleHandlers({ jobs, exports, uploads, importer, conflicts, reviewed }),
    ...review.handlers,
  });
  const bundleWork = foregroundBundleWork(importer, {
    source: bundleSource,
    appVersion,
    clock,
    pdfPrinter,
  });
  return {
    handlers,
    artifacts: () => workspace.activeArtifacts(),
    bundleFiles: () => bundleFiles,
    bundleWork: () => bundleWork,
    reviewFiles: () => review.files,
    close: async () => {
      // Running exports and inspections stop (leaving nothing), then waiting imports are dropped.
      await jobs.close();
      await importer.discardAll();
      await workspace.close();
    },
  };
}

/**
 * The reviewer's side and the candidate's side of a review: one identity and one layer store
 * for every handler (each is the only write queue of its files).
 */
function reviewSide(deps: {
  dataDir: string;
  workspace: Workspace;
  importer: BundleImporter;
  clock: Clock;
  newId: IdGenerator;
  appVersion: string;
  uploads: BundleUploads;
  pdfPrinter: PdfPrinter;
}) {
  const { dataDir, importer, clock, newId, uploads, appVersion, pdfPrinter } = deps;
  const { reviewed } = importer;
  // The user's roles belong to the data folder, whichever portfolio (own or sample) is open.
  const identity = new IdentityStore(dataDir, clock, newId);
  const layers = new ReviewLayerStore(dataDir, clock);
  // Parsed copies kept across calls: a candidate's pages and the reviewer's tools read the same.
  const copies = new CandidateCopies(reviewed);
  const files = openReviewFiles({ ...deps, identity, layers });
  const reportPdfs = new ReportPdfs({ copies, layers, identity, pdfPrinter, appVersion, clock });
  return {
    files,
    handlers: {
      ...identityHandlers(identity, clock),
      ...reviewLayerHandlers({ layers, identity, clock, newId, copies, reportPdfs }),
      ...candidatesHandlers({ clock, reviewed, layers }),
      ...candidateViewHandlers(reviewed, copies),
      ...reviewFileHandlers(files, uploads),
    },
  };
}

/** The command line's bundle work: the app's own importer and export, in the foreground. */
function foregroundBundleWork(
  importer: BundleImporter,
  exportWith: {
    source: () => Promise<BundleSource>;
    appVersion: string;
    clock: Clock;
    pdfPrinter: PdfPrinter;
  },
): BundleWork {
  return {
    inspect: (bundlePath, { as }) => importer.inspect(bundlePath, as ? { as } : {}),
    commit: (inspectionId, as) => importer.commit(inspectionId, as),
    discard: (inspectionId) => importer.discard(inspectionId),
    exportTo: async ({ format = 'bundle', ...options }) =>
      PORTFOLIO_EXPORT_WRITERS[format]({
        ...options,
        ...exportWith,
        source: await exportWith.source(),
      }),
  };
}
