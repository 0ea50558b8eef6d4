import { open, type FileHandle } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { appAssetHeaders, resolveAppAsset, type AppAsset } from '../shell-common/app-asset';
import { APP_ORIGIN } from '../shell-common/app-origin';
import { sendRefusal } from './responses';

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
    sendRefusal(res, 405, 'invalid-input', 'Only GET and HEAD are allowed here.', {
      Allow: 'GET, HEAD',
    });
    return;
  }
  const root = resolve(rendererDir);
  // The raw request target, not a normalised path: a `..` must be refused, not rewritten away.
  const rawTarget = req.url ?? '';
  const asset =
    resolveAppAsset(`${APP_ORIGIN}${rawTarget}`, root) ??
    (isClientRoute(rawTarget) ? resolveAppAsset(`${APP_ORIGIN}/`, root) : null);
  // Opened before the status goes out: a file that cannot be read is a 404, not a cut answer.
  const file = asset === null ? null : await openFile(asset.filePath);
  if (asset === null || file === null) {
    sendRefusal(res, 404, 'not-found', 'Not found.');
    return;
  }
  try {
    await sendFile(req, res, asset, file);
  } finally {
    await file.handle.close().catch(() => undefined);
  }
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
  { handle, size }: OpenFile,
): Promise<void> {
  res.writeHead(200, { ...appAssetHeaders(asset.contentType), 'Content-Length': size });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  try {
    await pipeline(handle.createReadStream({ autoClose: false }), res);
  } catch (error) {
    // The browser went away mid-file (a reload, a closed tab): nothing to answer, not a bug.
    if ((error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') throw error;
  }
}

interface OpenFile {
  handle: FileHandle;
  size: number;
}

/** A regular file, open for reading, with its size; null for anything else or unreadable. */
async function openFile(filePath: string): Promise<OpenFile | null> {
  let handle: FileHandle;
  try {
    handle = await open(filePath, 'r');
  } catch {
    return null;
  }
  const info = await handle.stat().catch(() => null);
  if (info?.isFile()) return { handle, size: info.size };
  await handle.close().catch(() => undefined);
  return null;
}
