import type { ExportFormat } from '@shared/exports/export-formats';
import { exportBundle, type ExportBundleOptions } from '../bundle/export/export-bundle';
import { UserError } from '../errors';
import { exportLeap2aZip } from './leap2a';
import { exportWebZip } from './web/export-web-zip';
import type { WrittenExport } from './write-export-zip';

export type PortfolioExportOptions = ExportBundleOptions;

/** Writes the open portfolio in one format to `outPath`, whole or not at all. */
export type PortfolioExportWriter = (options: PortfolioExportOptions) => Promise<WrittenExport>;

const pdfNotYet: PortfolioExportWriter = () =>
  Promise.reject(
    new UserError(
      'invalid-input',
      'Saving the portfolio as a PDF is not available in this version; save the web version and print it from a browser instead.',
    ),
  );

/** One writer per format (shared/exports/export-formats.ts lists them). */
export const PORTFOLIO_EXPORT_WRITERS: Readonly<Record<ExportFormat, PortfolioExportWriter>> = {
  bundle: exportBundle,
  web: exportWebZip,
  leap2a: exportLeap2aZip,
  pdf: pdfNotYet,
};
