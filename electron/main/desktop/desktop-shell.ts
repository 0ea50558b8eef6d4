import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { BrowserWindow } from 'electron';
import { app, dialog, Menu, Notification, screen, shell, type WebContents } from 'electron';
import { monthLabel } from '@shared/review/report-month';
import { writeFileAtomic, type Core } from '../../core';
import { APP_START_URL } from '../../shell-common/app-origin';
import { contextMenuTemplate } from './context-menu';
import { localIsoDate } from '@shared/domain/dates';
import { appMenuTemplate } from './menu-template';
import { problemReportText } from './problem-report';
import type { RecentFiles } from './recent-files';
import { dueReminders, nextDailyRun, type ReportDue } from './reminders';
import { RotatingLog } from './rotating-log';
import { parseWindowState, restoreWindow, type WindowState } from './window-state';

/**
 * The desktop app's own parts, wired to Electron: the menu with Open Recent, the spell-check
 * context menu, reminders as notifications, the remembered window, the log and Help's actions.
 * Every decision is in the pure modules beside this file; this only connects them.
 */

/** The renderer's page of keyboard shortcuts (renderer/app/paths.ts, paths.shortcuts). */
const SHORTCUTS_ROUTE = '/shortcuts';

const readText = (file: string) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
};

export const appLog = () => new RotatingLog(path.join(app.getPath('userData'), 'logs'));

/** Where the window opens: where it was, on a screen that is still there. */
export function windowPlacement(): WindowState {
  const saved = parseWindowState(readText(path.join(app.getPath('userData'), 'window-state.json')));
  const primary = screen.getPrimaryDisplay();
  const others = screen.getAllDisplays().filter((d) => d.id !== primary.id);
  return restoreWindow(
    saved,
    [primary, ...others].map((d) => d.workArea),
  );
}

/** Saves the window's place on move, resize and close (debounced), for the next start. */
export function rememberWindow(window: BrowserWindow): void {
  const file = path.join(app.getPath('userData'), 'window-state.json');
  let timer: NodeJS.Timeout | null = null;
  const save = () => {
    if (window.isDestroyed()) return;
    const state: WindowState = {
      bounds: window.getNormalBounds(),
      maximized: window.isMaximized(),
    };
    void writeFileAtomic(file, `${JSON.stringify(state)}\n`).catch(() => undefined);
  };
  const later = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(save, 500);
  };
  window.on('resize', later);
  window.on('move', later);
  window.on('close', () => {
    if (timer) clearTimeout(timer);
    save();
  });
}

/** Right-click: spelling suggestions from the system dictionary, then cut, copy and paste. */
export function installContextMenu(contents: WebContents): void {
  contents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(params, {
      replaceMisspelling: (word) => contents.replaceMisspelling(word),
      addToDictionary: (word) => contents.session.addWordToSpellCheckerDictionary(word),
    });
    if (template.length > 0) Menu.buildFromTemplate(template).popup();
  });
}

/** Opens a page of the app in its window (a same-document navigation of the hash route). */
export function showRoute(window: BrowserWindow, route: string): void {
  if (window.isMinimized()) window.restore();
  window.focus();
  void window.loadURL(`${APP_START_URL}#${route}`);
}

async function remindersNow(core: Core, today: string) {
  const identity = await core.handlers['identity-get']({});
  const candidate = identity.roles.length === 0 || identity.roles.includes('candidate');
  const reviewer = identity.roles.some((role) => role !== 'candidate');
  const assignments = candidate ? (await core.handlers['portfolio-get']({})).assignments : [];
  const reports: ReportDue[] = reviewer
    ? (await core.handlers['candidates-list']({})).rows.map((row) => ({
        portfolioId: row.portfolioId,
        name: row.name,
        due: row.nextReport.due,
        monthLabel: monthLabel(row.nextReport.month),
      }))
    : [];
  return dueReminders(today, { assignments, reports });
}

/**
 * Due dates and reports due as notifications: once the window has loaded, then every day at
 * nine, each reminder once a day.
 */
export function startReminders(
  core: Core,
  window: () => BrowserWindow | null,
  log: RotatingLog,
): () => void {
  const shown = new Set<string>();
  let timer: NodeJS.Timeout | null = null;
  const check = async () => {
    if (!Notification.isSupported()) return;
    try {
      for (const reminder of await remindersNow(core, localIsoDate(new Date()))) {
        if (shown.has(reminder.key)) continue;
        shown.add(reminder.key);
        const notification = new Notification({ title: reminder.title, body: reminder.body });
        notification.on('click', () => {
          const target = window();
          if (target) showRoute(target, reminder.route);
        });
        notification.show();
      }
    } catch (error) {
      log.write('warn', `reminders: ${String(error)}`);
    }
  };
  const schedule = () => {
    timer = setTimeout(
      () => void check().finally(schedule),
      nextDailyRun(new Date()).getTime() - Date.now(),
    );
  };
  // The first check waits for the page: start-up shows the window before reading anything more.
  const first = window();
  if (first?.webContents.isLoading()) first.webContents.once('did-finish-load', () => void check());
  else void check();
  schedule();
  return () => {
    if (timer) clearTimeout(timer);
  };
}

export interface DesktopMenuDeps {
  dataDir: string;
  log: RotatingLog;
  recent: RecentFiles;
  open: (paths: readonly string[]) => void;
  window: () => BrowserWindow | null;
}

function versions() {
  return {
    app: app.getVersion(),
    electron: process.versions.electron ?? '',
    chrome: process.versions.chrome ?? '',
    node: process.versions.node,
  };
}

async function reportProblem({ dataDir, log, window }: DesktopMenuDeps): Promise<void> {
  const text = problemReportText({
    appName: app.getName(),
    versions: versions(),
    system: `${process.platform} ${os.release()} (${process.arch})`,
    logLines: log.tail(200),
    privatePaths: [
      { path: os.homedir(), label: '<home>' },
      { path: dataDir, label: '<data>' },
      { path: app.getPath('userData'), label: '<app folder>' },
    ],
    now: new Date(),
  });
  const options = {
    defaultPath: path.join(app.getPath('documents'), 'CTO Mentor Portfolio problem report.txt'),
    filters: [{ name: 'Text', extensions: ['txt'] }],
  };
  const target = window();
  const answer = target
    ? await dialog.showSaveDialog(target, options)
    : await dialog.showSaveDialog(options);
  if (!answer.canceled && answer.filePath) await writeFile(answer.filePath, text, 'utf8');
}

/** Builds (and on every change of the recent list, rebuilds) the application menu. */
export function installAppMenu(deps: DesktopMenuDeps): () => void {
  const rebuild = () =>
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        appMenuTemplate({
          platform: process.platform,
          appName: app.getName(),
          recent: deps.recent.list(),
          isPackaged: app.isPackaged,
          actions: {
            openFile: () => void openWithDialog(deps),
            openRecent: (file) => deps.open([file]),
            clearRecent: () => {
              app.clearRecentDocuments();
              void deps.recent.clear().then(rebuild);
            },
            about: () => {
              const v = versions();
              void dialog.showMessageBox({
                type: 'info',
                title: `About ${app.getName()}`,
                message: `${app.getName()} ${v.app}`,
                detail: `Electron ${v.electron} · Chromium ${v.chrome} · Node.js ${v.node}\nAn offline portfolio for the K-12 CTO Mentor Program.`,
              });
            },
            keyboardShortcuts: () => {
              const target = deps.window();
              if (target) showRoute(target, SHORTCUTS_ROUTE);
            },
            openDataFolder: () => void shell.openPath(deps.dataDir),
            reportProblem: () =>
              void reportProblem(deps).catch((e) => deps.log.write('error', String(e))),
          },
        }),
      ),
    );
  rebuild();
  return rebuild;
}

async function openWithDialog(deps: DesktopMenuDeps): Promise<void> {
  const options = {
    properties: ['openFile' as const],
    filters: [{ name: 'Portfolio bundles and reviews', extensions: ['ctoportfolio', 'ctoreview'] }],
  };
  const target = deps.window();
  const answer = target
    ? await dialog.showOpenDialog(target, options)
    : await dialog.showOpenDialog(options);
  if (!answer.canceled) deps.open(answer.filePaths);
}

/** A file opened (double-click, Open, Open Recent) joins the recent lists, ours and the system's. */
export async function noteOpened(
  recent: RecentFiles,
  files: readonly string[],
  rebuild: () => void,
): Promise<void> {
  for (const file of files) {
    app.addRecentDocument(file);
    await recent.add(file);
  }
  rebuild();
}
