import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  protocol,
  session,
  shell,
  type WebContents,
} from 'electron';
import { DATA_DIR_ENV, openCore, reviewedFileResponse, toErrorPayload, type Core } from '../core';
import { appProtocolHandler } from './app-protocol';
import { registerArtifactShellHandlers } from './artifact-shell';
import {
  ExportDestinations,
  exportDestinationGuard,
  filesToOpen,
  registerBundleShellHandlers,
  saveDialogFilter,
} from './bundle-shell';
import { BUNDLE_OPENED_IPC, REVIEW_OPENED_IPC } from '@shared/contract/transport';
import { registerContractHandlers } from './ipc';
import { electronPdfPrinter } from './pdf-printer';
import {
  appLog,
  installAppMenu,
  installContextMenu,
  noteOpened,
  rememberWindow,
  startReminders,
  windowPlacement,
} from './desktop/desktop-shell';
import { RecentFiles } from './desktop/recent-files';
import { MIN_SIZE } from './desktop/window-state';
import {
  APP_SCHEME_PRIVILEGES,
  denyPermissionCheck,
  denyPermissionRequest,
  isAllowedNavigation,
  isTrustedSender,
  openExternalIfSafe,
  secureWebPreferences,
  windowOpenDecision,
} from './security';
import { APP_SCHEME, APP_START_URL } from '../shell-common/app-origin';

/**
 * The composition root: Electron's lifecycle wired to the core and to the decisions in
 * security.ts and ipc.ts. Nothing here decides anything worth a test of its own.
 */

const here = path.dirname(fileURLToPath(import.meta.url)); // dist/electron
const rendererDir = path.join(here, '..', 'renderer');
const preloadPath = path.join(here, 'preload.cjs');

let mainWindow: BrowserWindow | null = null;
const log = appLog();
/** Set once the core is open; files asked for before that wait in `pendingFiles`. */
let openFiles: ((paths: readonly string[]) => void) | null = null;
const pendingFiles: string[] = [];

/** A bundle or review file the system asked the app to open, now or once it is ready. */
function requestOpen(paths: readonly string[]): void {
  if (openFiles) openFiles(paths);
  else pendingFiles.push(...paths);
}

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
  // Frames too (an iframe in imported content, were one ever to slip through): app pages only.
  contents.on('will-frame-navigate', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  installContextMenu(contents);
  contents.setWindowOpenHandler(({ url }) => {
    const decision = windowOpenDecision(url);
    if (decision.openExternally) openSafely(url);
    return { action: decision.action };
  });
}

function createWindow(): BrowserWindow {
  const { bounds, maximized } = windowPlacement();
  const window = new BrowserWindow({
    ...bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: 'CTO Mentor Portfolio',
    webPreferences: secureWebPreferences(preloadPath, { devTools: !app.isPackaged }),
  });
  window.once('ready-to-show', () => {
    if (maximized) window.maximize();
    window.show();
  });
  rememberWindow(window);
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
 * A second launch (another click on the app, a double-clicked bundle) ends itself and hands its
 * command line here: the window comes forward and any bundle named is opened.
 */
function handleSecondInstance(argv: readonly string[], cwd: string): void {
  focusMainWindow();
  const files = filesToOpen(argv.slice(1), cwd);
  requestOpen([...files.bundles, ...files.reviews]);
}

/**
 * Start inspecting each bundle (the page shows progress and then the summary with Import /
 * Cancel) and each review file (the page shows its summary with Apply / Cancel).
 */
function openFilesWith(
  core: Core,
  opened: (files: string[]) => void,
): (paths: readonly string[]) => void {
  return (paths) => {
    const { bundles, reviews } = filesToOpen(paths, process.cwd());
    if (bundles.length + reviews.length > 0) opened([...bundles, ...reviews]);
    for (const review of reviews) {
      void core.handlers['review-import-inspect']({ source: { kind: 'path', path: review } }).then(
        (summary) =>
          whenWindowReady((window) => window.webContents.send(REVIEW_OPENED_IPC, summary)),
        (error: unknown) =>
          dialog.showErrorBox('The review file could not be opened', toErrorPayload(error).message),
      );
    }
    for (const bundle of bundles) {
      void core.handlers['bundle-import-inspect']({ source: { kind: 'path', path: bundle } }).then(
        (started) =>
          whenWindowReady((window) => window.webContents.send(BUNDLE_OPENED_IPC, started)),
        (error: unknown) =>
          dialog.showErrorBox('The bundle could not be opened', toErrorPayload(error).message),
      );
    }
  };
}

/** Run `act` once the window's page has loaded (it registers its listener at start). */
function whenWindowReady(act: (window: BrowserWindow) => void): void {
  focusMainWindow();
  const window = mainWindow!;
  if (window.webContents.isLoading()) window.webContents.once('did-finish-load', () => act(window));
  else act(window);
}

/** Answer the page's IPC (the contract and the shell's own helpers); returns how to stop. */
function registerIpc(core: Core): () => void {
  const destinations = new ExportDestinations();
  const unregisterContract = registerContractHandlers(
    ipcMain,
    core.handlers,
    isTrustedSender,
    exportDestinationGuard(destinations),
  );
  const unregisterBundleShell = registerBundleShellHandlers(ipcMain, isTrustedSender, {
    destinations,
    showSaveDialog: async (fileName) => {
      const options = {
        defaultPath: path.join(app.getPath('documents'), fileName),
        filters: [saveDialogFilter(fileName)],
      };
      const answer = mainWindow
        ? await dialog.showSaveDialog(mainWindow, options)
        : await dialog.showSaveDialog(options);
      return answer.canceled || !answer.filePath ? null : answer.filePath;
    },
  });
  // Copies for the system's apps live in the system's temp folder, never in the data folder.
  const openFolder = path.join(app.getPath('temp'), 'CTO Mentor Portfolio', 'opened');
  const unregisterShell = registerArtifactShellHandlers(ipcMain, isTrustedSender, {
    openableCopy: (id) => core.artifacts().openableCopy(id, openFolder),
    openPath: (file) => shell.openPath(file),
    showItemInFolder: (file) => shell.showItemInFolder(file),
  });
  return () => {
    unregisterContract();
    unregisterShell();
    unregisterBundleShell();
  };
}

async function start(): Promise<void> {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
  app.on('web-contents-created', (_event, contents) => guardContents(contents));
  app.on('second-instance', (_event, argv, cwd) => handleSecondInstance(argv, cwd));
  // macOS hands files over as events (also before the app is ready), not as arguments.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    requestOpen([file]);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  await app.whenReady();

  session.defaultSession.setPermissionRequestHandler(denyPermissionRequest);
  session.defaultSession.setPermissionCheckHandler(denyPermissionCheck);

  const dataDir = process.env[DATA_DIR_ENV]?.trim() || app.getPath('userData');
  let core: Core;
  try {
    core = await openCore({
      dataDir,
      host: 'electron',
      appVersion: app.getVersion(),
      pdfPrinter: electronPdfPrinter(),
    });
  } catch (error) {
    log.write('error', `start: ${toErrorPayload(error).message}`);
    dialog.showErrorBox('CTO Mentor Portfolio could not start', toErrorPayload(error).message);
    app.exit(1);
    return;
  }
  // The window is only created below, so no page asks for a file before the core is open.
  protocol.handle(
    APP_SCHEME,
    appProtocolHandler(
      rendererDir,
      readFile,
      (id, options) => core.artifacts().serve(id, options),
      async ({ portfolioId, file }, options) =>
        reviewedFileResponse(await core.bundleFiles().reviewedSiteFile(portfolioId, file), options),
    ),
  );
  const unregisterIpc = registerIpc(core);
  const recent = new RecentFiles(path.join(app.getPath('userData'), 'recent-files.json'));
  const rebuildMenu = installAppMenu({
    dataDir,
    log,
    recent,
    open: requestOpen,
    window: () => mainWindow,
  });

  let closing = false;
  app.on('will-quit', (event) => {
    if (closing) return;
    // Hold the quit until the core has released the data folder, then quit for real.
    closing = true;
    event.preventDefault();
    unregisterIpc();
    stopReminders();
    core
      .close()
      .catch((error: unknown) => log.write('error', `closing the core failed: ${String(error)}`))
      .finally(() => app.quit());
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
  });

  mainWindow = createWindow();
  const stopReminders = startReminders(core, () => mainWindow, log);
  openFiles = openFilesWith(core, (files) => void noteOpened(recent, files, rebuildMenu));
  // The launch's own arguments (a double-clicked bundle starts the app), then any that came early.
  const launched = filesToOpen(process.argv.slice(1), process.cwd());
  requestOpen([...launched.bundles, ...launched.reviews]);
  requestOpen(pendingFiles.splice(0));
}

if (app.requestSingleInstanceLock()) {
  start().catch((error: unknown) => {
    log.write('error', `start-up failed: ${String(error)}`);
    console.error('[main] start-up failed:', error);
    app.exit(1);
  });
} else {
  // Another instance owns the data folder; it has been told (second-instance) and takes over.
  app.quit();
}
