// A stand-in for the 'electron' module, just enough for dist/electron/main.js to run under plain
// Node (main-wiring.test.ts). When main.ts loads its window, this drives the same checks a user's
// first seconds would: the page from app://, IPC from the window and from a stranger, a hostile
// navigation and window.open, then writes what happened to $FAKE_ELECTRON_REPORT and exits.
import { writeFileSync } from 'node:fs';

const report = {
  privileged: null,
  permissionRequest: null,
  permissionCheck: null,
  menuRoles: [],
  window: null,
  loadedUrl: null,
  page: null,
  ipcChannels: [],
  fromWindow: null,
  fromStranger: null,
  navigationPrevented: null,
  windowOpen: null,
  openedExternally: [],
  errorBox: null,
  bundleOpened: null,
};

class Emitter {
  listeners = {};
  on(name, listener) {
    (this.listeners[name] ??= []).push(listener);
    return this;
  }
  once(name, listener) {
    return this.on(name, listener);
  }
  emit(name, ...args) {
    for (const listener of this.listeners[name] ?? []) listener(...args);
  }
}

let protocolHandler = null;
const ipcHandlers = new Map();

export const app = Object.assign(new Emitter(), {
  requestSingleInstanceLock: () => true,
  whenReady: () => Promise.resolve(),
  getPath: () => process.env.FAKE_USER_DATA,
  getVersion: () => '1.2.3',
  getName: () => 'CTO Mentor Portfolio',
  isPackaged: true,
  addRecentDocument() {},
  clearRecentDocuments() {},
  quit() {},
  exit(code) {
    finish(code);
  },
});

export const protocol = {
  registerSchemesAsPrivileged(schemes) {
    report.privileged = schemes;
  },
  handle(_scheme, handler) {
    protocolHandler = handler;
  },
};

export const session = {
  defaultSession: {
    setPermissionRequestHandler(handler) {
      handler(null, 'media', (granted) => (report.permissionRequest = granted));
    },
    setPermissionCheckHandler(handler) {
      report.permissionCheck = handler(null, 'notifications');
    },
  },
};

export const ipcMain = {
  handle(channel, listener) {
    ipcHandlers.set(channel, listener);
  },
  removeHandler(channel) {
    ipcHandlers.delete(channel);
  },
};

export const Menu = {
  buildFromTemplate: (template) => template,
  setApplicationMenu(template) {
    // Each top-level menu by its role, or its label without the keyboard mnemonic.
    report.menuRoles = template.map((item) => item.role ?? item.label.replace('&', ''));
    report.menuItems = template.flatMap((item) =>
      (item.submenu ?? []).map((entry) => entry.role ?? entry.label ?? entry.type),
    );
  },
};

export const screen = {
  getPrimaryDisplay: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1440, height: 875 } }),
  getAllDisplays: () => [{ id: 1, workArea: { x: 0, y: 0, width: 1440, height: 875 } }],
};

/** No notification centre here: reminders are computed and none is shown. */
export class Notification {
  static isSupported = () => false;
}

export const shell = {
  async openExternal(url) {
    report.openedExternally.push(url);
  },
};

export const dialog = {
  showErrorBox(title, message) {
    report.errorBox = [title, message];
  },
};

class WebContents extends Emitter {
  windowOpenHandler = null;
  sent = [];
  setWindowOpenHandler(handler) {
    this.windowOpenHandler = handler;
  }
  isLoading() {
    return false;
  }
  send(channel, payload) {
    this.sent.push([channel, payload]);
  }
}

export class BrowserWindow extends Emitter {
  static all = [];
  static getAllWindows = () => BrowserWindow.all;
  constructor(options) {
    super();
    report.window = options;
    this.webContents = new WebContents();
    BrowserWindow.all.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }
  isMinimized = () => false;
  isMaximized = () => false;
  isDestroyed = () => false;
  maximize() {}
  getNormalBounds = () => report.window;
  restore() {}
  focus() {}
  show() {}
  async loadURL(url) {
    report.loadedUrl = url;
    try {
      await exercise(this.webContents, url);
      finish(0);
    } catch (error) {
      report.failure = String(error?.stack ?? error);
      // Also on stderr, which the test prints when the exit code is wrong.
      console.error(report.failure);
      finish(1);
    }
  }
}

async function exercise(contents, url) {
  const page = await protocolHandler({ method: 'GET', url });
  report.page = {
    status: page.status,
    csp: page.headers.get('content-security-policy'),
    body: await page.text(),
  };
  report.ipcChannels = [...ipcHandlers.keys()];
  const invoke = ipcHandlers.get('app-info');
  report.fromWindow = await invoke({ senderFrame: { url, parent: null } }, {});
  report.fromStranger = await invoke(
    { senderFrame: { url: 'https://evil.example/', parent: null } },
    {},
  );
  let prevented = false;
  contents.emit(
    'will-navigate',
    { preventDefault: () => (prevented = true) },
    'https://example.com/',
  );
  report.navigationPrevented = prevented;
  report.windowOpen = [
    contents.windowOpenHandler({ url: 'javascript:alert(1)' }),
    contents.windowOpenHandler({ url: 'file:///etc/passwd' }),
  ];
  if (process.env.FAKE_EXPECT_BUNDLE) await bundleOpened(contents, url);
}

/** A bundle named on the command line: the page is told the job id; the job's outcome is read. */
async function bundleOpened(contents, url) {
  await waitFor(() => contents.sent.length > 0, 'main to tell the page about the bundle');
  const [channel, started] = contents.sent[0];
  let status = null;
  await waitFor(
    async () => {
      status = await ipcHandlers.get('job-status')({ senderFrame: { url, parent: null } }, started);
      return status.result?.state !== 'running';
    },
    `the bundle's job ${String(started)} to finish`,
  );
  report.bundleOpened = { channel, status };
}

/**
 * test/support/wait-for.ts for plain Node (this file runs in the child, untranspiled): polls until
 * `condition` holds, else fails with a sentence that loadURL writes to the report.
 */
async function waitFor(condition, what, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() >= deadline)
      throw new Error(`Timed out after ${timeoutMs}ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

function finish(code) {
  writeFileSync(process.env.FAKE_ELECTRON_REPORT, JSON.stringify(report, null, 2));
  process.exit(code);
}
