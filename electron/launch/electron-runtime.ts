import path from 'node:path';

/**
 * The decisions of `npm start` about the Electron runtime, apart from their effects (start.ts).
 *
 * Requiring the `electron` package is not an option: its index.js downloads the binary, noisily,
 * whenever `path.txt` or the file it names is missing. Instead we read the same two facts
 * ourselves and run the download only on purpose, with its output captured.
 */

export interface RuntimeProbe {
  /** node_modules/electron, or null when the package is not installed at all. */
  packageDir: string | null;
  env: Readonly<Record<string, string | undefined>>;
  exists(filePath: string): boolean;
  readText(filePath: string): string | null;
}

/** The Electron executable when it is really there, else null (never downloads). */
export function locateElectronBinary({
  packageDir,
  env,
  exists,
  readText,
}: RuntimeProbe): string | null {
  if (packageDir === null) return null;
  const relative = readText(path.join(packageDir, 'path.txt'))?.trim() ?? '';
  if (relative === '') return null;
  // The same override the electron package honours, for machines with a shared Electron.
  const distDir = env.ELECTRON_OVERRIDE_DIST_PATH || path.join(packageDir, 'dist');
  const binary = path.join(distDir, relative);
  return exists(binary) ? binary : null;
}

export interface DownloadOutcome {
  /** Exit status of `node install.js`; null when it was killed or could not start. */
  status: number | null;
  timedOut: boolean;
  /** Set when the process could not be started at all. */
  startError?: string | undefined;
  stderr: string;
}

const MAX_REASON_LENGTH = 160;

/** The reason, in a few words, for the one line `npm start` prints when it falls back. */
export function describeDownloadFailure(outcome: DownloadOutcome, timeoutSeconds: number): string {
  if (outcome.timedOut) return `the download did not finish within ${timeoutSeconds} s`;
  if (outcome.startError !== undefined)
    return `the download could not start: ${outcome.startError}`;
  const firstLine = outcome.stderr
    .split(/\r?\n/)
    .map((line) => line.trim())
    .find((line) => line !== '');
  if (firstLine === undefined) {
    return outcome.status === 0
      ? 'the download finished but left no Electron binary'
      : `the download failed with exit code ${outcome.status ?? 'unknown'}`;
  }
  const reason = `the download failed: ${firstLine}`;
  return reason.length > MAX_REASON_LENGTH ? `${reason.slice(0, MAX_REASON_LENGTH - 1)}…` : reason;
}

export function fallbackNotice(reason: string): string {
  return `The Electron runtime is not available on this machine (${reason}); serving the app in your browser instead.`;
}

/**
 * The environment Electron is started with. ELECTRON_RUN_AS_NODE, inherited from an editor or
 * a parent Electron, would make the binary behave as plain Node and never open a window.
 */
export function electronChildEnv(
  env: Readonly<Record<string, string | undefined>>,
): Record<string, string | undefined> {
  const { ELECTRON_RUN_AS_NODE: _ignored, ...rest } = env;
  return rest;
}
