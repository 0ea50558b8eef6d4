import type { ExportFormat } from '@shared/exports/export-formats';
import { exportBundle, type ExportBundleOptions } from '../bundle/export/export-bundle';
import { exportPortfolioPdf } from '../print/export-portfolio-pdf';
import type { PdfPrinter } from '../print/pdf-printer';
import { exportLeap2aZip } from './leap2a';
import { exportWebZip } from './web/export-web-zip';
import type { WrittenExport } from './write-export-zip';

export interface PortfolioExportOptions extends ExportBundleOptions {
  /** Prints the PDF: the desktop app's own Chromium, or the system's (print/pdf-printer.ts). */
  pdfPrinter: PdfPrinter;
}

/** Writes the open portfolio in one format to `outPath`, whole or not at all. */
export type PortfolioExportWriter = (options: PortfolioExportOptions) => Promise<WrittenExport>;

/** One writer per format (shared/exports/export-formats.ts lists them). */
export const PORTFOLIO_EXPORT_WRITERS: Readonly<Record<ExportFormat, PortfolioExportWriter>> = {
  bundle: exportBundle,
  web: exportWebZip,
  leap2a: exportLeap2aZip,
  pdf: exportPortfolioPdf,
};
