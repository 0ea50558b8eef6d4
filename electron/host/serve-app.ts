import { randomBytes } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { TOKEN_QUERY_PARAM } from '@shared/contract/transport';
import { openCore, UserError } from '../core';
import { startHttpHost, type RunningHttpHost } from './http-server';
import { findPackageRoot, readAppVersion } from '../shell-common/package-root';

export interface ServeAppOptions {
  /** The user's data folder (the same one the desktop app uses). */
  dataDir: string;
  /** The built renderer, usually dist/renderer. */
  rendererDir: string;
  /** Absent or 0: a free port chosen by the system. */
  port?: number | undefined;
  /** Defaults to the version in the app's package.json. */
  appVersion?: string;
}

export interface ServedApp {
  /** Open this in a browser: it carries the secret token the page needs for every API call. */
  url: string;
  token: string;
  /** Stop the server, then close the core (releases the data folder's lock). Safe to call twice. */
  close(): Promise<void>;
}

/**
 * The app in a browser: the core behind a loopback HTTP host that only the holder of the URL's
 * token can talk to. Prints nothing; the caller decides what a person sees.
 */
export async function serveApp(options: ServeAppOptions): Promise<ServedApp> {
  await assertRendererBuilt(options.rendererDir);
  const core = await openCore({
    dataDir: options.dataDir,
    host: 'browser',
    appVersion: options.appVersion ?? readAppVersion(findPackageRoot(import.meta.url)),
  });
  const token = randomBytes(32).toString('base64url');
  let http: RunningHttpHost;
  try {
    http = await startHttpHost({
      handlers: core.handlers,
      artifacts: core.artifacts,
      bundles: core.bundleFiles,
      token,
      rendererDir: options.rendererDir,
      port: options.port,
    });
  } catch (error) {
    await core.close();
    throw listenError(error, options.port);
  }

  let closing: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${http.port}/?${TOKEN_QUERY_PARAM}=${token}`,
    token,
    close: () =>
      (closing ??= (async () => {
        // Server first, so no request reaches a closed core; the core always closes.
        try {
          await http.close();
        } finally {
          await core.close();
        }
      })()),
  };
}

async function assertRendererBuilt(rendererDir: string): Promise<void> {
  const index = join(rendererDir, 'index.html');
  const found = await stat(index).then(
    (info) => info.isFile(),
    () => false,
  );
  if (!found) {
    throw new UserError(
      'not-found',
      `The app's pages are not built yet (no ${index}): run \`npm run build\` first.`,
    );
  }
}

function listenError(error: unknown, port: number | undefined): unknown {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : null;
  if (code === 'EADDRINUSE') {
    return new UserError(
      'io-error',
      `Port ${port} is already in use: choose another with --port, or leave it out to get a free one.`,
      { cause: error },
    );
  }
  if (code === 'EACCES') {
    return new UserError(
      'io-error',
      `Port ${port} is reserved on this computer: choose one above 1023 with --port.`,
      { cause: error },
    );
  }
  return error;
}
