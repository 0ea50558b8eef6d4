import { appAssetHeaders, resolveAppAsset } from './security';

/** Reading a file is the one effect here; main.ts passes `fs.promises.readFile`. */
export type ReadFile = (filePath: string) => Promise<Uint8Array>;

export interface AppRequest {
  readonly method: string;
  readonly url: string;
}

function refusal(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
  });
}

/**
 * The handler of `app://portfolio/…` (Electron's `protocol.handle`): the built renderer's files
 * with the app's CSP, read-only, and a plain 404 for anything refused or missing — the reason
 * is not told to the page.
 */
export function appProtocolHandler(
  rendererRoot: string,
  readFile: ReadFile,
): (request: AppRequest) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return refusal(405, 'Method not allowed');
    }
    const asset = resolveAppAsset(request.url, rendererRoot);
    if (asset === null) return refusal(404, 'Not found');
    let body: Uint8Array;
    try {
      body = await readFile(asset.filePath);
    } catch {
      // Missing, a folder, unreadable: all the same to the page.
      return refusal(404, 'Not found');
    }
    // A file read never yields a SharedArrayBuffer view; the DOM typing of Response insists.
    const payload = body as Uint8Array<ArrayBuffer>;
    return new Response(request.method === 'HEAD' ? null : payload, {
      status: 200,
      headers: appAssetHeaders(asset.contentType),
    });
  };
}
