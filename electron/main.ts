import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  session,
  shell,
  type MenuItemConstructorOptions,
  type WebContents,
} from 'electron';
import { openCore, type Core } from './core/app-core';
import { DATA_DIR_ENV } from './core/data-dir';
import { toErrorPayload } from './core/errors';
import { appProtocolHandler } from './app-protocol';
import { registerArtifactShellHandlers } from './artifact-shell';
import { registerContractHandlers } from './ipc';
import {
  APP_SCHEME,
  APP_SCHEME_PRIVILEGES,
  APP_START_URL,
  denyPermissionCheck,
  denyPermissionRequest,
  isAllowedNavigation,
  isTrustedSender,
  openExternalIfSafe,
  secureWebPreferences,
  windowOpenDecision,
} from './security';

/**
 * The composition root: Electron's lifecycle wired to the core and to the decisions in
 * security.ts and ipc.ts. Nothing here decides anything worth a test of its own.
 */

const here = path.dirname(fileURLToPath(import.meta.url)); // dist/electron
const rendererDir = path.join(here, '..', 'renderer');
const preloadPath = path.join(here, 'preload.cjs');

let mainWindow: BrowserWindow | null = null;

const openSafely = (url: string) => {
  void openExternalIfSafe(url, (safeUrl) => shell.openExternal(safeUrl));
};

/** Applied to every webContents ever created, not just our window. */
function guardContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (isAllowedNavigation(url)) return;
    event.preventDefault();
    openSafely(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const decision = windowOpenDecision(url);
    if (decision.openExternally) openSafely(url);
    return { action: decision.action };
  });
}

function appMenu(isMac: boolean): MenuItemConstructorOptions[] {
  return [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
  ];
}

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: 'CTO Mentor Portfolio',
    webPreferences: secureWebPreferences(preloadPath),
  });
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  void window.loadURL(APP_START_URL);
  return window;
}

function focusMainWindow(): void {
  if (mainWindow === null) {
    mainWindow = createWindow();
    return;
  }
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

/**
 * A second launch (another click on the app, or later a double-clicked bundle) ends itself and
 * hands its command line here; today that brings the existing window forward.
 */
function handleSecondInstance(_argv: readonly string[]): void {
  focusMainWindow();
}

async function start(): Promise<void> {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
  app.on('web-contents-created', (_event, contents) => guardContents(contents));
  app.on('second-instance', (_event, argv) => handleSecondInstance(argv));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  await app.whenReady();

  session.defaultSession.setPermissionRequestHandler(denyPermissionRequest);
  session.defaultSession.setPermissionCheckHandler(denyPermissionCheck);
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenu(process.platform === 'darwin')));

  let core: Core;
  try {
    core = await openCore({
      dataDir: process.env[DATA_DIR_ENV]?.trim() || app.getPath('userData'),
      host: 'electron',
      appVersion: app.getVersion(),
    });
  } catch (error) {
    dialog.showErrorBox('CTO Mentor Portfolio could not start', toErrorPayload(error).message);
    app.exit(1);
    return;
  }
  // The window is only created below, so no page asks for a file before the core is open.
  protocol.handle(
    APP_SCHEME,
    appProtocolHandler(rendererDir, readFile, (id, options) => core.artifacts().serve(id, options)),
  );
  const unregisterContract = registerContractHandlers(ipcMain, core.handlers, isTrustedSender);
  // Copies for the system's apps live in the system's temp folder, never in the data folder.
  const openFolder = path.join(app.getPath('temp'), 'CTO Mentor Portfolio', 'opened');
  const unregisterShell = registerArtifactShellHandlers(ipcMain, isTrustedSender, {
    openableCopy: (id) => core.artifacts().openableCopy(id, openFolder),
    openPath: (file) => shell.openPath(file),
    showItemInFolder: (file) => shell.showItemInFolder(file),
  });

  let closing = false;
  app.on('will-quit', (event) => {
    if (closing) return;
    // Hold the quit until the core has released the data folder, then quit for real.
    closing = true;
    event.preventDefault();
    unregisterContract();
    unregisterShell();
    core
      .close()
      .catch((error: unknown) => console.error('[main] closing the core failed:', error))
      .finally(() => app.quit());
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
  });

  mainWindow = createWindow();
}

if (app.requestSingleInstanceLock()) {
  start().catch((error: unknown) => {
    console.error('[main] start-up failed:', error);
    app.exit(1);
  });
} else {
  // Another instance owns the data folder; it has been told (second-instance) and takes over.
  app.quit();
}
