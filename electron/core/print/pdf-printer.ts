/**
 * Turns a print document (print-document.ts) into PDF bytes. The desktop app prints with its own
 * Chromium (webContents.printToPDF); the command line and the browser host with the system's
 * Chromium or Chrome (chromium-pdf-printer.ts). One engine for both, the one that draws the app.
 */
export interface PdfPrinter {
  print(html: string, signal?: AbortSignal): Promise<Buffer>;
}
