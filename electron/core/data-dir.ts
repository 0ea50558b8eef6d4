import path from 'node:path';

/** Electron names the userData folder after `productName` (package.json). */
export const PRODUCT_NAME = 'CTO Mentor Portfolio';

/** Set to a folder to use it instead of the desktop app's own (scripts, tests, a USB stick). */
export const DATA_DIR_ENV = 'CTO_PORTFOLIO_DATA';

export interface DataDirContext {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  homedir: string;
}

/**
 * Where the desktop app keeps the user's portfolio: Electron's `app.getPath('userData')`, computed
 * without Electron so the command line finds the same folder. `CTO_PORTFOLIO_DATA` wins when set.
 */
export function defaultDataDir({ platform, env, homedir }: DataDirContext): string {
  const override = env[DATA_DIR_ENV]?.trim();
  if (override) return override;
  switch (platform) {
    case 'win32':
      return path.win32.join(
        env.APPDATA || path.win32.join(homedir, 'AppData', 'Roaming'),
        PRODUCT_NAME,
      );
    case 'darwin':
      return path.posix.join(homedir, 'Library', 'Application Support', PRODUCT_NAME);
    default:
      // Linux and the other Unixes: the XDG config folder, as Electron does.
      return path.posix.join(
        env.XDG_CONFIG_HOME || path.posix.join(homedir, '.config'),
        PRODUCT_NAME,
      );
  }
}
