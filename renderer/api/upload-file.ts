import { FILE_NAME_HEADER, TOKEN_HEADER } from '@shared/contract/transport';
import { strings } from '../strings';
import { ApiError } from './api-error';
import { resultOfEnvelope } from './envelope';

export interface UploadOptions {
  /** Bytes sent so far and the file's size. */
  onProgress: (loaded: number, total: number) => void;
  signal: AbortSignal;
}

/**
 * The browser host takes a file as the raw body of one POST (artifacts and bundles alike) and
 * answers a ResponseEnvelope. XMLHttpRequest rather than fetch: it reports upload progress, which
 * fetch does not (a streaming request body would need HTTP/2 or duplex support the host does not
 * have). Resolves with the envelope's result; an abort rejects with an AbortError.
 */
export function uploadFile(
  target: { path: string; token: string },
  file: File,
  { onProgress, signal }: UploadOptions,
  createRequest: () => XMLHttpRequest = () => new XMLHttpRequest(),
): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const request = createRequest();
    request.open('POST', target.path);
    request.setRequestHeader(TOKEN_HEADER, target.token);
    request.setRequestHeader(FILE_NAME_HEADER, encodeURIComponent(file.name));
    request.setRequestHeader('content-type', file.type || 'application/octet-stream');
    request.responseType = 'text';
    request.upload.onprogress = (event) =>
      onProgress(event.loaded, event.lengthComputable ? event.total : file.size);
    request.onload = () => {
      try {
        resolve(resultOfEnvelope(JSON.parse(request.responseText) as unknown));
      } catch (error) {
        reject(
          error instanceof ApiError ? error : new ApiError('internal', strings.errors.badAnswer),
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
}

/** Whether a failure is the user's own Cancel rather than a problem to report. */
export const isAbort = (error: unknown): boolean =>
  error instanceof DOMException && error.name === 'AbortError';
