// Entry of `npm run serve -- [--data DIR] [--port N]`: the app in a browser, on 127.0.0.1.
import { homedir } from 'node:os';
import { defaultDataDir, UserError } from '../core';
import { builtRendererDir, findPackageRoot } from '../shell-common/package-root';
import { parseServeArgs, SERVE_USAGE } from './serve-args';
import { serveApp } from './serve-app';

const EXIT_USER_ERROR = 1;
const EXIT_USAGE = 2;

async function main(argv: readonly string[]): Promise<void> {
  const command = parseServeArgs(argv);
  if (command.kind === 'help') {
    console.log(SERVE_USAGE);
    return;
  }
  if (command.kind === 'usage-error') {
    console.error(command.message);
    process.exitCode = EXIT_USAGE;
    return;
  }
  const app = await serveApp({
    dataDir:
      command.dataDir ??
      defaultDataDir({ platform: process.platform, env: process.env, homedir: homedir() }),
    rendererDir: builtRendererDir(findPackageRoot(import.meta.url)),
    port: command.port,
  });
  // The only line a person needs: the address, with the token, to open in a browser.
  console.log(app.url);

  const stop = (): void => {
    // A second Ctrl+C while closing leaves at once.
    process.once('SIGINT', () => process.exit(130));
    app.close().then(
      () => process.exit(0),
      (error: unknown) => fail(error),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

function fail(error: unknown): void {
  if (error instanceof UserError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(EXIT_USER_ERROR);
}

main(process.argv.slice(2)).catch(fail);
