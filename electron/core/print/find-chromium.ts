import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { delimiter, join } from 'node:path';

/** Set to the browser to print with, when it is not installed where it usually is. */
export const CHROMIUM_ENV = 'CTO_PORTFOLIO_CHROMIUM';

const NAMES_ON_PATH = [
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
  'microsoft-edge',
];

/** Where Chrome, Chromium and Edge install themselves on macOS and Windows. */
function installedPaths(env: NodeJS.ProcessEnv): string[] {
  const programFiles = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(
    (dir): dir is string => Boolean(dir),
  );
  return [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ...programFiles.flatMap((dir) => [
      join(dir, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      join(dir, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
    ]),
  ];
}

async function isExecutable(path: string): Promise<boolean> {
  try {
    await access(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first Chromium-family browser found: $CTO_PORTFOLIO_CHROMIUM, then PATH, then the usual places. */
export async function findChromium(env: NodeJS.ProcessEnv = process.env): Promise<string | null> {
  const fromEnv = env[CHROMIUM_ENV]?.trim();
  const onPath = (env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .flatMap((dir) => NAMES_ON_PATH.map((name) => join(dir, name)));
  for (const candidate of [...(fromEnv ? [fromEnv] : []), ...onPath, ...installedPaths(env)]) {
    if (await isExecutable(candidate)) return candidate;
  }
  return null;
}
