import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtRendererDir, findPackageRoot } from '../../../electron/shell-common/package-root';
import { serveApp } from '../../../electron/host/serve-app';

export interface StartedApp {
  /** The page to open: loopback address with the secret token. */
  url: string;
  /** `http://127.0.0.1:PORT`, for building other addresses of the app. */
  origin: string;
  token: string;
  dataDir: string;
  /** Stop the host, release the data folder, and delete it if startApp made it. */
  close(): Promise<void>;
}

export interface StartAppOptions {
  /** An existing data folder to open; default: a new empty temp folder, deleted on close. */
  dataDir?: string;
  /** Default: dist/renderer, which the test command builds before the browser tests. */
  rendererDir?: string;
}

/** The real app (core + browser host) on a free loopback port, as a browser test needs it. */
export async function startApp(options: StartAppOptions = {}): Promise<StartedApp> {
  const rendererDir = options.rendererDir ?? builtRendererDir(findPackageRoot(import.meta.url));
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new Error(
      `The browser tests need the built renderer, and ${rendererDir}/index.html is missing: run \`npm run build:renderer\` first.`,
    );
  }
  const ownsDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'cto-e2e-')));
  try {
    const app = await serveApp({ dataDir, rendererDir });
    return {
      url: app.url,
      origin: new URL(app.url).origin,
      token: app.token,
      dataDir,
      async close() {
        await app.close();
        if (ownsDataDir) await rm(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    if (ownsDataDir) await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
}
