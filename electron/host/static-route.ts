import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { APP_ORIGIN, appAssetHeaders, resolveAppAsset, type AppAsset } from '../security';

/**
 * The built renderer's files, read-only: GET and HEAD only, and only what the Electron shell's
 * own `app://` protocol would serve (same path checks, same allowlist of file kinds, same
 * headers). A client-side route of the single-page app gets index.html.
 */
export async function handleStaticRequest(
  req: IncomingMessage,
  res: ServerResponse,
  rendererDir: string,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendText(res, 405, 'Only GET and HEAD are allowed here.', { Allow: 'GET, HEAD' });
    return;
  }
  const root = resolve(rendererDir);
  // The raw request target, not a normalised path: a `..` must be refused, not rewritten away.
  const rawTarget = req.url ?? '';
  const asset =
    resolveAppAsset(`${APP_ORIGIN}${rawTarget}`, root) ??
    (isClientRoute(rawTarget) ? resolveAppAsset(`${APP_ORIGIN}/`, root) : null);
  const size = asset === null ? null : await fileSize(asset.filePath);
  if (asset === null || size === null) {
    sendText(res, 404, 'Not found.');
    return;
  }
  await sendFile(req, res, asset, size);
}

/**
 * A route of the app such as `/sessions/3`: plain name segments, no dots, no escapes. Anything
 * else that is not a file (a missing `.js`, a traversal attempt) stays a 404.
 */
export function isClientRoute(rawTarget: string): boolean {
  const path = rawTarget.replace(/[?#].*$/s, '');
  return /^(\/[A-Za-z0-9_-]+)+$/.test(path);
}

async function sendFile(
  req: IncomingMessage,
  res: ServerResponse,
  asset: AppAsset,
  size: number,
): Promise<void> {
  res.writeHead(200, { ...appAssetHeaders(asset.contentType), 'Content-Length': size });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  try {
    await pipeline(createReadStream(asset.filePath), res);
  } catch (error) {
    // The browser went away mid-file (a reload, a closed tab): nothing to answer, not a bug.
    if ((error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') throw error;
  }
}

async function fileSize(filePath: string): Promise<number | null> {
  try {
    const info = await stat(filePath);
    return info.isFile() ? info.size : null;
  } catch {
    return null;
  }
}

function sendText(
  res: ServerResponse,
  status: number,
  text: string,
  extraHeaders: Record<string, string> = {},
): void {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    ...extraHeaders,
  });
  res.end(text);
}
