import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Handlers } from '@shared/contract/contract';
import { handleApiRequest, isApiPath } from './api-route';
import { handleArtifactRequest, isArtifactPath, type ArtifactAccess } from './artifact-route';
import type { BundleFileAccess } from '../core';
import { handleBundleRequest, isBundlePath } from './bundle-route';
import { hostHeaderCount, isAllowedHost } from './request-guards';
import { sendFailure, sendRefusal } from './responses';
import { SECURITY_HEADERS } from '../shell-common/security-headers';
import { handleStaticRequest } from './static-route';

/** Only the machine itself may connect: the app is one person's, never a network service. */
const LOOPBACK = '127.0.0.1';

/** How long close() lets a request in flight finish before cutting its connection. */
const CLOSE_GRACE_MS = 3000;

export interface HttpHostOptions {
  handlers: Handlers;
  /** The open portfolio's artifact files (Core.artifacts); absent, artifact routes answer 404. */
  artifacts?: () => ArtifactAccess;
  /** Bundle uploads, export downloads and reviewed portfolios' pages (Core.bundleFiles). */
  bundles?: () => BundleFileAccess;
  token: string;
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  /** 0 or absent: a free port chosen by the system. */
  port?: number | undefined;
}

export interface RunningHttpHost {
  port: number;
  /** Stop accepting requests and wait for the ones in flight (bounded). */
  close(): Promise<void>;
}

/** The API and the renderer's files on 127.0.0.1, with the same guards on every request. */
export async function startHttpHost(options: HttpHostOptions): Promise<RunningHttpHost> {
  let port = 0;
  const server = createServer((req, res) => {
    // Whatever a route fails with (a file that went away, a folder that became read-only, a
    // bug) is answered here, the one way: its sentence, or a cut connection mid-answer.
    route(req, res, { ...options, port }).catch((error: unknown) => sendFailure(req, res, error));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, LOOPBACK, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        const cutOff = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS);
        cutOff.unref();
        server.close((error) => {
          clearTimeout(cutOff);
          if (error) reject(error);
          else resolve();
        });
        server.closeIdleConnections();
      }),
  };
}

async function route(
  req: IncomingMessage,
  res: ServerResponse,
  options: HttpHostOptions & { port: number },
): Promise<void> {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
  if (hostHeaderCount(req.rawHeaders) > 1) {
    sendRefusal(
      res,
      400,
      'invalid-input',
      'The request names its host twice; send one Host header.',
    );
    return;
  }
  // Before anything else: a foreign Host means a rebinding attempt or a misdirected request.
  if (!isAllowedHost(req.headers.host, options.port)) {
    sendRefusal(res, 421, 'unauthorized', 'This app only answers at its own 127.0.0.1 address.');
    return;
  }
  const pathname = pathnameOf(req.url);
  if (pathname === null) {
    sendRefusal(res, 400, 'invalid-input', 'The address of the request is not valid.');
    return;
  }
  if (isApiPath(pathname)) {
    await handleApiRequest(req, res, pathname, options);
  } else if (isArtifactPath(pathname)) {
    await handleArtifactRequest(req, res, pathname, options);
  } else if (isBundlePath(pathname)) {
    await handleBundleRequest(req, res, pathname, options);
  } else {
    await handleStaticRequest(req, res, options.rendererDir);
  }
}

/** The path of a request target, dot segments resolved; null when it cannot be parsed. */
function pathnameOf(target: string | undefined): string | null {
  if (!target?.startsWith('/')) return null;
  try {
    return new URL(target, `http://${LOOPBACK}`).pathname;
  } catch {
    return null;
  }
}
