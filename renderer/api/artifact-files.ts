import { artifactSchema, type Artifact } from '@shared/domain/artifact';
import {
  ARTIFACT_PATH_PREFIX,
  ARTIFACT_UPLOAD_PATH,
  TOKEN_QUERY_PARAM,
  type DesktopFileBridge,
} from '@shared/contract/transport';
import { strings } from '../strings';
import { ApiError } from './api-error';
import { resultOfAnswer } from './envelope';
import { uploadFile, type UploadOptions } from './upload-file';

/** Bytes sent so far, when the host can tell (the browser host can, Electron copies by path). */
export type AddFileOptions = UploadOptions;

/**
 * What the renderer needs beyond the contract to handle artifact files: their address, adding
 * files, and (Electron only) handing a file to the operating system. Chosen at start-up with the
 * transport, so components never ask which host they run in.
 */
export interface ArtifactFiles {
  /** The artifact's file on the app's own origin; `download` asks for an attachment. */
  url(id: string, options?: { download?: boolean }): string;
  addFile(file: File, options: AddFileOptions): Promise<Artifact[]>;
  /** Whether addFile reports progress and honours the abort signal. */
  readonly canTrackUploads: boolean;
  /** Electron only: open with the system's app / reveal in the file manager. */
  openWithSystem: ((id: string) => Promise<void>) | null;
  showInFolder: ((id: string) => Promise<void>) | null;
}

function artifactsOf(result: unknown): Artifact[] {
  const single = artifactSchema.safeParse(result);
  if (single.success) return [single.data];
  const many = artifactSchema.array().safeParse(result);
  if (many.success) return many.data;
  throw new ApiError('internal', strings.errors.badAnswer);
}

export const artifactPath = (id: string) => `${ARTIFACT_PATH_PREFIX}${encodeURIComponent(id)}`;

/** The browser host streams each file as the raw body of one request (see uploadFile). */
export function browserArtifactFiles(
  token: string,
  createRequest?: () => XMLHttpRequest,
): ArtifactFiles {
  return {
    url(id, options) {
      const params = new URLSearchParams({ [TOKEN_QUERY_PARAM]: token });
      if (options?.download) params.set('download', '1');
      return `${artifactPath(id)}?${params.toString()}`;
    },
    canTrackUploads: true,
    addFile: async (file, options) =>
      artifactsOf(
        await uploadFile({ path: ARTIFACT_UPLOAD_PATH, token }, file, options, createRequest),
      ),
    openWithSystem: null,
    showInFolder: null,
  };
}

/**
 * Electron: the preload turns File objects into paths (the page never sees them) and the core
 * copies each file by streaming, so there is no progress to report and nothing to cancel here.
 */
export function electronArtifactFiles(bridge: DesktopFileBridge): ArtifactFiles {
  const call = resultOfAnswer;
  return {
    url: (id, options) => `${artifactPath(id)}${options?.download ? '?download=1' : ''}`,
    canTrackUploads: false,
    addFile: async (file) => artifactsOf(await call(bridge.addDroppedFiles([file]))),
    openWithSystem: async (id) => {
      await call(bridge.openArtifact(id));
    },
    showInFolder: async (id) => {
      await call(bridge.showArtifactInFolder(id));
    },
  };
}

/** Where no host can take files (tests that do not add any): every add says so in a sentence. */
export const noArtifactFiles: ArtifactFiles = {
  url: (id) => artifactPath(id),
  canTrackUploads: false,
  addFile: () => Promise.reject(new ApiError('internal', strings.errors.cannotAddFiles)),
  openWithSystem: null,
  showInFolder: null,
};
