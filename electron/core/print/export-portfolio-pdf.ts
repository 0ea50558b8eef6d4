import { collectBundle } from '../bundle/export/collect-bundle';
import type { ExportBundleOptions } from '../bundle/export/export-bundle';
import { userErrorFromFs } from '../errors';
import type { WrittenExport } from '../exports/write-export-zip';
import { writeFileAtomic } from '../store/atomic-write';
import type { PdfPrinter } from './pdf-printer';
import { portfolioPrintHtml } from './portfolio-print-html';

export interface ExportPdfOptions extends ExportBundleOptions {
  pdfPrinter: PdfPrinter;
}

/**
 * The PDF of the open portfolio (what a bundle would hold: private items only when asked for):
 * the print document, printed, then written whole or not at all. Progress has one step, the
 * printing, which is most of the time.
 */
export async function exportPortfolioPdf(options: ExportPdfOptions): Promise<WrittenExport> {
  const { source, outPath, includePrivate, appVersion, clock, signal, onProgress } = options;
  const exportedAt = clock.now();
  const collected = await collectBundle(source, includePrivate);
  const document = portfolioPrintHtml(collected.data, { exportedAt, appVersion });
  onProgress?.({ bytesDone: 0, bytesTotal: 1, itemsDone: 0, itemsTotal: 1 });
  const pdf = await options.pdfPrinter.print(document, signal);
  signal?.throwIfAborted();
  try {
    await writeFileAtomic(outPath, pdf);
  } catch (error) {
    throw userErrorFromFs(error, 'write the PDF', outPath) ?? error;
  }
  onProgress?.({ bytesDone: 1, bytesTotal: 1, itemsDone: 1, itemsTotal: 1 });
  return { path: outPath, entries: 1, bytes: pdf.byteLength };
}
