import type { Channel } from './contract';
import type { ResponseEnvelope } from './errors';

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
}

/** The Electron-only IPC channels behind openArtifact and showArtifactInFolder. */
export const ARTIFACT_OPEN_IPC = 'artifact-open';
export const ARTIFACT_SHOW_IPC = 'artifact-show-in-folder';

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
