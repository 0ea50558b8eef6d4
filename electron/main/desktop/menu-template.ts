import type { MenuItemConstructorOptions } from 'electron';

/** What the menu's own items do; main.ts gives the Electron side of each. */
export interface MenuActions {
  openFile(): void;
  openRecent(path: string): void;
  clearRecent(): void;
  about(): void;
  openDataFolder(): void;
  reportProblem(): void;
  /** The app's page of keyboard shortcuts (its single keys cannot be menu accelerators). */
  keyboardShortcuts(): void;
}

export interface MenuOptions {
  platform: NodeJS.Platform;
  appName: string;
  /** Newest first. */
  recent: readonly string[];
  /** Reload and DevTools are for development only. */
  isPackaged: boolean;
  actions: MenuActions;
}

/** The file's name for the Open Recent list (the full path is in the tooltip on macOS). */
function fileLabel(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}

function fileMenu({ platform, recent, actions }: MenuOptions): MenuItemConstructorOptions {
  const recentItems: MenuItemConstructorOptions[] =
    recent.length === 0
      ? [{ label: 'No recent files', enabled: false }]
      : [
          ...recent.map((path) => ({
            label: fileLabel(path),
            toolTip: path,
            click: () => actions.openRecent(path),
          })),
          { type: 'separator' as const },
          { label: 'Clear Recent', click: actions.clearRecent },
        ];
  return {
    label: '&File',
    submenu: [
      { label: 'Open Bundle or Review…', accelerator: 'CmdOrCtrl+O', click: actions.openFile },
      { label: 'Open Recent', submenu: recentItems },
      { type: 'separator' },
      platform === 'darwin' ? { role: 'close' } : { role: 'quit' },
    ],
  };
}

function viewMenu({ isPackaged }: MenuOptions): MenuItemConstructorOptions {
  return {
    label: '&View',
    submenu: [
      ...(isPackaged
        ? []
        : ([{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }] as const)),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
}

function helpMenu({ platform, appName, actions }: MenuOptions): MenuItemConstructorOptions {
  return {
    role: 'help',
    submenu: [
      // On macOS "About" lives in the app menu.
      ...(platform === 'darwin' ? [] : [{ label: `About ${appName}`, click: actions.about }]),
      { label: 'Keyboard Shortcuts', click: actions.keyboardShortcuts },
      { type: 'separator' },
      { label: 'Open Data Folder', click: actions.openDataFolder },
      { label: 'Report a Problem…', click: actions.reportProblem },
    ],
  };
}

/**
 * The application menu, with the standard roles the system gives their usual names, shortcuts
 * and behaviour (undo in a text field, zoom, full screen): macOS's app menu, File, Edit, View,
 * Window, Help. A pure function of its options, so each platform's menu is tested as data.
 */
export function appMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  return [
    ...(mac
      ? [
          {
            label: options.appName,
            submenu: [
              { label: `About ${options.appName}`, click: options.actions.about },
              { type: 'separator' },
              { role: 'services' },
              { type: 'separator' },
              { role: 'hide' },
              { role: 'hideOthers' },
              { role: 'unhide' },
              { type: 'separator' },
              { role: 'quit' },
            ],
          } satisfies MenuItemConstructorOptions,
        ]
      : []),
    fileMenu(options),
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    viewMenu(options),
    {
      role: 'window',
      submenu: mac
        ? [{ role: 'minimize' }, { role: 'zoom' }, { type: 'separator' }, { role: 'front' }]
        : [{ role: 'minimize' }, { role: 'close' }],
    },
    helpMenu(options),
  ];
}
