import type { ReviewedSiteFile } from '../reviewed/reviewed-file-response';

/**
 * What the hosts need of the core for bundles beyond the contract (Core.bundleFiles()): files
 * that travel as streams, not as JSON: a bundle uploaded by the browser, a finished export to
 * download, and the pages and files of a reviewed portfolio's web version.
 */
export interface BundleFileAccess {
  receiveUpload(fileName: string, body: AsyncIterable<Uint8Array>): Promise<{ uploadId: string }>;
  exportDownload(jobId: string): { path: string; fileName: string } | null;
  reviewedSiteFile(portfolioId: string, file: string): Promise<ReviewedSiteFile | null>;
}
