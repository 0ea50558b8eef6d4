import { artifactSchema, type Artifact } from '@shared/domain/artifact';
import { responseEnvelopeSchema } from '@shared/contract/errors';
import {
  ARTIFACT_PATH_PREFIX,
  ARTIFACT_UPLOAD_PATH,
  FILE_NAME_HEADER,
  TOKEN_HEADER,
  TOKEN_QUERY_PARAM,
  type DesktopFileBridge,
} from '@shared/contract/transport';
import { strings } from '../strings';
import { ApiError } from './api-error';

export interface AddFileOptions {
  /** Bytes sent so far, when the host can tell (the browser host can, Electron copies by path). */
  onProgress: (loaded: number, total: number) => void;
  signal: AbortSignal;
}

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

/** Reads a transport's answer into a result, or the ApiError it carries. */
export function resultOfEnvelope(raw: unknown): unknown {
  const envelope = responseEnvelopeSchema.safeParse(raw);
  if (!envelope.success) throw new ApiError('internal', strings.errors.badAnswer);
  if (!envelope.data.ok) throw new ApiError(envelope.data.error.code, envelope.data.error.message);
  return envelope.data.result;
}

function artifactsOf(result: unknown): Artifact[] {
  const single = artifactSchema.safeParse(result);
  if (single.success) return [single.data];
  const many = artifactSchema.array().safeParse(result);
  if (many.success) return many.data;
  throw new ApiError('internal', strings.errors.badAnswer);
}

export const artifactPath = (id: string) => `${ARTIFACT_PATH_PREFIX}${encodeURIComponent(id)}`;

/**
 * The browser host streams each file as the raw body of one request. XMLHttpRequest rather than
 * fetch: it reports upload progress, which fetch does not (a streaming request body would need
 * HTTP/2 or duplex support the host does not have).
 */
export function browserArtifactFiles(
  token: string,
  createRequest: () => XMLHttpRequest = () => new XMLHttpRequest(),
): ArtifactFiles {
  return {
    url(id, options) {
      const params = new URLSearchParams({ [TOKEN_QUERY_PARAM]: token });
      if (options?.download) params.set('download', '1');
      return `${artifactPath(id)}?${params.toString()}`;
    },
    canTrackUploads: true,
    addFile(file, { onProgress, signal }) {
      return new Promise((resolve, reject) => {
        const request = createRequest();
        request.open('POST', ARTIFACT_UPLOAD_PATH);
        request.setRequestHeader(TOKEN_HEADER, token);
        request.setRequestHeader(FILE_NAME_HEADER, encodeURIComponent(file.name));
        request.setRequestHeader('content-type', file.type || 'application/octet-stream');
        request.responseType = 'text';
        request.upload.onprogress = (event) =>
          onProgress(event.loaded, event.lengthComputable ? event.total : file.size);
        request.onload = () => {
          try {
            resolve(artifactsOf(resultOfEnvelope(JSON.parse(request.responseText) as unknown)));
          } catch (error) {
            reject(
              error instanceof ApiError
                ? error
                : new ApiError('internal', strings.errors.badAnswer),
            );
          }
        };
        request.onerror = () => reject(new ApiError('io-error', strings.errors.unreachable));
        request.onabort = () => reject(new DOMException('Upload cancelled', 'AbortError'));
        if (signal.aborted) {
          request.abort();
          return;
        }
        signal.addEventListener('abort', () => request.abort(), { once: true });
        request.send(file);
      });
    },
    openWithSystem: null,
    showInFolder: null,
  };
}

/**
 * Electron: the preload turns File objects into paths (the page never sees them) and the core
 * copies each file by streaming, so there is no progress to report and nothing to cancel here.
 */
export function electronArtifactFiles(bridge: DesktopFileBridge): ArtifactFiles {
  const call = async (answer: Promise<unknown>) => {
    let raw: unknown;
    try {
      raw = await answer;
    } catch {
      throw new ApiError('io-error', strings.errors.unreachable);
    }
    return resultOfEnvelope(raw);
  };
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
  addFile: () => Promise.reject(new ApiError('internal', strings.artifacts.cannotAdd)),
  openWithSystem: null,
  showInFolder: null,
};
