import { BrowserWindow, session, type WebPreferences } from 'electron';
import type { PdfPrinter } from '../core';
import { APP_ORIGIN, APP_SCHEME } from '../shell-common/app-origin';
import { secureWebPreferences } from './security';

/** Its own session: the print window reaches nothing of the app's, and the app nothing of it. */
const PRINT_PARTITION = 'cto-print';
const PRINT_URL = `${APP_ORIGIN}/print.html`;

/** The app's secure preferences without its preload (nothing to bridge), with script off. */
function printPreferences(): WebPreferences {
  const { preload: _none, ...secure } = secureWebPreferences('');
  return { ...secure, javascript: false, partition: PRINT_PARTITION };
}

/**
 * PDFs printed by the app's own Chromium (webContents.printToPDF): the print document is served
 * once, from memory, over the app's scheme in a separate session (never file://, and no data: URL,
 * which Chromium caps at 2 MB), into a hidden window with JavaScript off. One at a time.
 */
export function electronPdfPrinter(): PdfPrinter {
  let current = '';
  let prepared = false;
  // On the first PDF, not at start: most sessions never print.
  const prepare = () => {
    if (prepared) return;
    prepared = true;
    const printSession = session.fromPartition(PRINT_PARTITION, { cache: false });
    printSession.protocol.handle(APP_SCHEME, (request) =>
      request.url === PRINT_URL
        ? new Response(current, { headers: { 'content-type': 'text/html; charset=utf-8' } })
        : new Response('', { status: 404 }),
    );
    printSession.setPermissionRequestHandler((_contents, _permission, answer) => answer(false));
  };
  let queue: Promise<unknown> = Promise.resolve();
  const printOne = async (html: string, signal?: AbortSignal): Promise<Buffer> => {
    signal?.throwIfAborted();
    prepare();
    current = html;
    const window = new BrowserWindow({
      show: false,
      webPreferences: printPreferences(),
    });
    try {
      await window.loadURL(PRINT_URL);
      return await window.webContents.printToPDF({
        printBackground: true,
        preferCSSPageSize: true,
        generateDocumentOutline: true,
      });
    } finally {
      current = '';
      window.destroy();
    }
  };
  return {
    print(html, signal) {
      const printed = queue.then(() => printOne(html, signal));
      queue = printed.catch(() => undefined);
      return printed;
    },
  };
}
