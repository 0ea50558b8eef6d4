import { z } from 'zod';
import type { Invoke } from '@shared/contract/contract';
import { jobStartedSchema } from '@shared/jobs/job-status';
import {
  reviewImportSummarySchema,
  type ReviewImportSummary,
} from '@shared/review/review-import-summary';
import {
  BUNDLE_UPLOAD_PATH,
  ELECTRON_SITE_ACCESS,
  TOKEN_QUERY_PARAM,
  type DesktopFileBridge,
} from '@shared/contract/transport';
import { strings } from '../strings';
import { ApiError } from './api-error';
import { resultOfAnswer } from './envelope';
import { uploadFile, type UploadOptions } from './upload-file';

/**
 * What the renderer needs beyond the contract to move portfolio bundles in and out, which
 * differs by host: Electron hands paths to the main process, the browser host streams files over
 * HTTP. Chosen at start-up with the transport, so components never ask which host they run in.
 */
export interface BundleFiles {
  /** Hands a chosen or dropped bundle to the core and starts checking it: the job's id. */
  startInspection(file: File, options: UploadOptions): Promise<string>;
  /**
   * Hands a chosen or dropped review file (.ctoreview) to the core, which checks it: what applying
   * it would do. The browser host uploads it first (with progress and Cancel, as a bundle).
   */
  inspectReview(file: File, options: UploadOptions): Promise<ReviewImportSummary>;
  /** Whether startInspection reports the sending of the file and honours the abort signal. */
  readonly canTrackUploads: boolean;
  /**
   * Electron: the system's save dialog, asked before an export starts (null: the user cancelled).
   * Null in the browser host, where the finished export is downloaded instead.
   */
  chooseDestination: ((suggestedName: string) => Promise<string | null>) | null;
  /** Browser host: the address to download a finished export from (its `downloadPath`). */
  downloadUrl(downloadPath: string): string;
  /** The `<access>` part of a reviewed portfolio's web version (see reviewedSitePath). */
  readonly siteAccess: string;
  /**
   * Bundles the system asked the app to open (double-click, "Open with"): the inspection's job id.
   * Answers a function that stops listening.
   */
  onBundleOpened(listener: (jobId: string) => void): () => void;
  /** Review files the system asked the app to open: the summary of the core's check. */
  onReviewOpened(listener: (summary: ReviewImportSummary) => void): () => void;
}

const uploadedSchema = z.object({ uploadId: z.string().min(1) });
const destinationSchema = z.object({ path: z.string().min(1).nullable() });

function parsed<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new ApiError('internal', strings.errors.badAnswer);
  return result.data;
}

const neverOpened = () => () => undefined;

/**
 * Files the system opens may arrive before the page listens: they wait for the first listener.
 * Answers the function the bridge calls and the `on…` function the page subscribes with.
 */
function openedFiles<T>() {
  const listeners = new Set<(value: T) => void>();
  const waiting: T[] = [];
  return {
    heard(value: T) {
      if (listeners.size === 0) waiting.push(value);
      for (const listener of listeners) listener(value);
    },
    on(listener: (value: T) => void) {
      listeners.add(listener);
      for (const value of waiting.splice(0)) listener(value);
      return () => listeners.delete(listener);
    },
  };
}

/** The browser host: upload the file (with progress and Cancel), then inspect the upload. */
export function browserBundleFiles(
  token: string,
  invoke: Invoke,
  createRequest?: () => XMLHttpRequest,
): BundleFiles {
  // Bundles and review files go up the same way; the inspect channel says which it is.
  const upload = async (file: File, options: UploadOptions) =>
    parsed(
      uploadedSchema,
      await uploadFile({ path: BUNDLE_UPLOAD_PATH, token }, file, options, createRequest),
    ).uploadId;
  return {
    async startInspection(file, options) {
      const uploadId = await upload(file, options);
      const { jobId } = await invoke('bundle-import-inspect', {
        source: { kind: 'upload', uploadId },
      });
      return jobId;
    },
    async inspectReview(file, options) {
      const uploadId = await upload(file, options);
      return invoke('review-import-inspect', { source: { kind: 'upload', uploadId } });
    },
    canTrackUploads: true,
    chooseDestination: null,
    downloadUrl: (downloadPath) =>
      `${downloadPath}?${new URLSearchParams({ [TOKEN_QUERY_PARAM]: token }).toString()}`,
    siteAccess: token,
    onBundleOpened: neverOpened,
    onReviewOpened: neverOpened,
  };
}

/**
 * Electron: the preload turns the File into its path and the main process starts the inspection,
 * so there is no upload to follow. The bridge takes one listener for bundles the system opens,
 * registered here once at start-up: one opened before the page listens waits for it.
 */
export function electronBundleFiles(bridge: DesktopFileBridge): BundleFiles {
  const bundles = openedFiles<string>();
  const reviews = openedFiles<ReviewImportSummary>();
  bridge.onBundleOpened(({ jobId }) => bundles.heard(jobId));
  bridge.onReviewOpened((summary) => {
    const checked = reviewImportSummarySchema.safeParse(summary);
    if (checked.success) reviews.heard(checked.data);
  });
  return {
    async startInspection(file) {
      return parsed(jobStartedSchema, await resultOfAnswer(bridge.inspectDroppedBundle(file)))
        .jobId;
    },
    async inspectReview(file) {
      return parsed(
        reviewImportSummarySchema,
        await resultOfAnswer(bridge.inspectDroppedReview(file)),
      );
    },
    canTrackUploads: false,
    async chooseDestination(suggestedName) {
      const answer = await resultOfAnswer(bridge.chooseExportDestination(suggestedName));
      return parsed(destinationSchema, answer).path;
    },
    downloadUrl: (downloadPath) => downloadPath,
    siteAccess: ELECTRON_SITE_ACCESS,
    onBundleOpened: bundles.on,
    onReviewOpened: reviews.on,
  };
}

/** Where no host can take bundles (tests that do not import any): each attempt says so. */
export const noBundleFiles: BundleFiles = {
  startInspection: () => Promise.reject(new ApiError('internal', strings.errors.cannotImport)),
  inspectReview: () => Promise.reject(new ApiError('internal', strings.errors.cannotImport)),
  canTrackUploads: false,
  chooseDestination: null,
  downloadUrl: (downloadPath) => downloadPath,
  siteAccess: ELECTRON_SITE_ACCESS,
  onBundleOpened: neverOpened,
  onReviewOpened: neverOpened,
};
