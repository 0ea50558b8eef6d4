import type { Channel } from './contract';
import type { ResponseEnvelope } from './errors';
import type { ReviewImportSummary } from '../review/review-import-summary';

/**
 * How the renderer reaches the core, in either host.
 *
 * Electron: the preload exposes `window[BRIDGE_GLOBAL]`, an object with one named function per
 * contract channel (no generic send), each answering a ResponseEnvelope.
 *
 * Browser host: `POST {API_PREFIX}<channel>` with the JSON input as body and the secret token
 * (from the page URL's `token` query parameter) in the TOKEN_HEADER header; the answer is a
 * ResponseEnvelope as JSON. Without the right token: 401.
 */
export const BRIDGE_GLOBAL = 'ctoPortfolioBridge';
export const API_PREFIX = '/api/';
export const TOKEN_HEADER = 'x-cto-token';
export const TOKEN_QUERY_PARAM = 'token';

/**
 * Electron only: three named functions beside the contract's channels, for what only the
 * desktop can do. A page never names a path: the preload takes the paths of File objects the
 * user dropped or chose (<input type="file">), and the core looks artifacts up by id.
 */
export interface DesktopFileBridge {
  /**
   * Add DOM `File` objects the user dropped or chose as artifacts (all or nothing), answering like
   * 'artifact-add-paths' (an Artifact[]). Typed `object` here: shared/ has no DOM types.
   */
  addDroppedFiles(files: readonly object[]): Promise<ResponseEnvelope>;
  /** Open a copy of the artifact's file, under its original name, with the system's app. */
  openArtifact(id: string): Promise<ResponseEnvelope>;
  /** Show that copy in the system's file manager. */
  showArtifactInFolder(id: string): Promise<ResponseEnvelope>;
  /**
   * Start inspecting a dropped or chosen bundle `File` (answers like 'bundle-import-inspect':
   * `{jobId}`): the preload turns it into its path.
   */
  inspectDroppedBundle(file: object): Promise<ResponseEnvelope>;
  /**
   * The system's save dialog for a bundle; answers `{path: string | null}` (null: cancelled). Only
   * a path answered here is accepted as 'bundle-export-start' destination.
   */
  chooseExportDestination(suggestedName: string): Promise<ResponseEnvelope>;
  /**
   * Bundles the system asked the app to open (double-click, "Open with", a second launch with a
   * file): the listener receives `{jobId}` of the inspection the main process started.
   */
  onBundleOpened(listener: (started: { jobId: string }) => void): void;
  /**
   * Inspect a dropped or chosen `.ctoreview` `File` (answers like 'review-import-inspect': the
   * summary): the preload turns it into its path.
   */
  inspectDroppedReview(file: object): Promise<ResponseEnvelope>;
  /**
   * Review files the system asked the app to open: the listener receives the summary of the
   * inspection the main process made (as 'review-import-inspect' answers it).
   */
  onReviewOpened(listener: (summary: ReviewImportSummary) => void): void;
}

/** The Electron-only IPC channels behind openArtifact and showArtifactInFolder. */
export const ARTIFACT_OPEN_IPC = 'artifact-open';
export const ARTIFACT_SHOW_IPC = 'artifact-show-in-folder';
/** The Electron-only IPC channels behind chooseExportDestination and onBundleOpened. */
export const EXPORT_DESTINATION_IPC = 'bundle-export-destination';
export const BUNDLE_OPENED_IPC = 'bundle-opened';
/** The Electron-only IPC event behind onReviewOpened. */
export const REVIEW_OPENED_IPC = 'review-opened';

export type Bridge = {
  readonly [K in Channel]: (input: unknown) => Promise<ResponseEnvelope>;
} & Readonly<DesktopFileBridge>;

/**
 * Artifact files reach the page by id, never by path: `GET {ARTIFACT_PATH_PREFIX}<artifact id>`
 * on the app's own origin (app://portfolio in Electron; the browser host adds `?token=`), with
 * Range support. `?download=1` asks for `Content-Disposition: attachment`.
 */
export const ARTIFACT_PATH_PREFIX = '/artifact/';

/**
 * Browser host only: `POST {ARTIFACT_UPLOAD_PATH}` streams one file as the raw request body,
 * with the token header, the original file name (encodeURIComponent) in FILE_NAME_HEADER and
 * its type in content-type. The answer is a ResponseEnvelope holding the new Artifact.
 */
export const ARTIFACT_UPLOAD_PATH = '/upload/artifact';
export const FILE_NAME_HEADER = 'x-cto-file-name';

/**
 * Browser host only: `POST {BUNDLE_UPLOAD_PATH}` streams a bundle the user chose or dropped as
 * the raw request body (token header, FILE_NAME_HEADER) into the data folder; the answer is a
 * ResponseEnvelope holding `{uploadId}` for 'bundle-import-inspect', or for
 * 'review-import-inspect' when the file is a review (`importFileKindByName`).
 */
export const BUNDLE_UPLOAD_PATH = '/upload/bundle';

/** Browser host only: `GET {EXPORT_DOWNLOAD_PREFIX}<jobId>?token=` downloads a finished export. */
export const EXPORT_DOWNLOAD_PREFIX = '/download/export/';

/**
 * The read-only web version of a reviewed portfolio, rendered by this app from the checked data:
 * `GET {REVIEWED_SITE_PREFIX}<access>/<portfolioId>/index.html` and the pages, style sheet and
 * artifact files it links to by relative paths. `<access>` is the browser host's token (a path
 * segment, so relative links keep it) and `app` in Electron.
 */
export const REVIEWED_SITE_PREFIX = '/reviewed/';
export const ELECTRON_SITE_ACCESS = 'app';

export function reviewedSitePath(access: string, portfolioId: string, file = 'index.html'): string {
  return `${REVIEWED_SITE_PREFIX}${encodeURIComponent(access)}/${encodeURIComponent(portfolioId)}/${file}`;
}
