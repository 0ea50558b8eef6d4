import type { BundleData } from '@shared/bundle/bundle-schemas';
import { bufferEntry, type ZipEntrySource } from '../bundle/zip/zip-entry-source';
import { renderPortfolioSite, type SiteOptions } from './render-portfolio-site';

export type { SiteOptions } from './render-portfolio-site';

/** The web version's pages and style sheet as zip entries: text, so deflated. */
export function siteEntries(data: BundleData, options: SiteOptions): ZipEntrySource[] {
  return renderPortfolioSite(data, options).map((file) =>
    bufferEntry(file.path, Buffer.from(file.content, 'utf8')),
  );
}
