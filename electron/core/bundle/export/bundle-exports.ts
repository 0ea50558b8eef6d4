import { mkdir, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { BundleExportPreview } from '@shared/contract/contract';
import { EXPORT_DOWNLOAD_PREFIX } from '@shared/contract/transport';
import type { ExportedBundleInfo } from '@shared/jobs/job-status';
import type { JobRegistry } from '../../jobs/job-registry';
import type { Clock } from '../../platform';
import type { ExportFormat } from '@shared/exports/export-formats';
import { PORTFOLIO_EXPORT_WRITERS } from '../../exports/portfolio-export-writers';
import type { PdfPrinter } from '../../print/pdf-printer';
import { portfolioExportFileName } from '@shared/exports/file-names';
import type { BundleSource } from './export-bundle';
import { previewBundle } from './preview-bundle';
import { safeChildPath } from '../../safe-name';

/** Browser host: finished exports wait here to be downloaded; emptied at every start. */
export const EXPORTS_FOLDER = 'exports';
const KEPT_DOWNLOADS = 3;

export interface BundleExportsOptions {
  dataDir: string;
  jobs: JobRegistry;
  clock: Clock;
  appVersion: string;
  pdfPrinter: PdfPrinter;
  /** The portfolio being shown, as a bundle is made from it. */
  source: () => Promise<BundleSource>;
}

/**
 * The app's side of exporting the portfolio (a bundle, the web version, Leap2A, PDF): the
 * preview, and exports as jobs with progress and cancel. With a destination (Electron's save
 * dialog) the file goes there; without one (browser host) it is written inside the data folder
 * and handed out by `downloadFile`.
 */
export class BundleExports {
  private readonly downloads = new Map<string, string>();

  private constructor(private readonly options: BundleExportsOptions) {}

  /** `clearLeftovers`: false when the folder is open to read only (another process may write). */
  static async open(options: BundleExportsOptions, clearLeftovers = true): Promise<BundleExports> {
    // What an earlier run left for download is not wanted any more (and may be large).
    if (clearLeftovers) {
      await rm(join(options.dataDir, EXPORTS_FOLDER), { recursive: true, force: true });
    }
    return new BundleExports(options);
  }

  /** What a bundle would hold, and the name it suggests. */
  async preview(includePrivate: boolean): Promise<BundleExportPreview> {
    const { clock, appVersion } = this.options;
    const source = await this.options.source();
    const exportedAt = clock.now();
    const preview = await previewBundle({
      source,
      includePrivate,
      site: { exportedAt, appVersion },
    });
    const name = source.store.get().profile.name;
    return { ...preview, fileName: portfolioExportFileName(name, exportedAt, 'bundle') };
  }

  start({
    format,
    includePrivate,
    destination,
  }: {
    format: ExportFormat;
    includePrivate: boolean;
    destination?: string;
  }): string {
    const { jobs, clock, appVersion, dataDir, pdfPrinter } = this.options;
    return jobs.start('bundle-export', async (signal, report, jobId) => {
      const source = await this.options.source();
      const fileName = destination
        ? basename(destination)
        : portfolioExportFileName(source.store.get().profile.name, clock.now(), format);
      const folder = safeChildPath(join(dataDir, EXPORTS_FOLDER), jobId);
      const outPath = destination ?? safeChildPath(folder, fileName);
      if (!destination) await mkdir(folder, { recursive: true });
      try {
        const written = await PORTFOLIO_EXPORT_WRITERS[format]({
          source,
          outPath,
          includePrivate,
          appVersion,
          clock,
          pdfPrinter,
          signal,
          onProgress: report,
        });
        const exported: ExportedBundleInfo = {
          fileName,
          bytes: (await stat(written.path)).size,
          entries: written.entries,
          savedTo: destination ?? null,
          downloadPath: destination
            ? null
            : `${EXPORT_DOWNLOAD_PREFIX}${encodeURIComponent(jobId)}`,
        };
        if (!destination) await this.keepForDownload(jobId, outPath);
        return { exported };
      } catch (error) {
        if (!destination) await rm(folder, { recursive: true, force: true });
        throw error;
      }
    });
  }

  /**
   * Browser host: keep a finished export until it is downloaded; only the newest few are kept, so
   * exporting again and again does not fill the disk with copies.
   */
  private async keepForDownload(jobId: string, path: string): Promise<void> {
    this.downloads.set(jobId, path);
    for (const [oldJob, oldPath] of this.downloads) {
      if (this.downloads.size <= KEPT_DOWNLOADS) break;
      this.downloads.delete(oldJob);
      await rm(dirname(oldPath), { recursive: true, force: true });
    }
  }

  /** Browser host: the finished export of job `jobId`, to send as a download; null if none. */
  downloadFile(jobId: string): { path: string; fileName: string } | null {
    const path = this.downloads.get(jobId);
    return path ? { path, fileName: basename(path) } : null;
  }
}
