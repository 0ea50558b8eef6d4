import type { BundleCounts } from './bundle-selection';
import type { SiteOptions } from '../../site/site-entries';
import { collectBundle, type BundleSource } from './collect-bundle';

export interface BundlePreview {
  /** Live records that go in. */
  counts: BundleCounts;
  /** Live private records left out (none when private items are included). */
  privateLeftOut: { reflections: number; artifacts: number };
  /**
   * Uncompressed size of portfolio.json, the web version when `site` was given, and the artifact
   * files (the manifest adds a little).
   */
  totalBytes: number;
}

/** What an export would hold, for the preview before it starts; nothing is written. */
export async function previewBundle({
  source,
  includePrivate,
  site,
}: {
  source: BundleSource;
  includePrivate: boolean;
  /** The export's app version and moment, so the web version's size counts too. */
  site?: SiteOptions;
}): Promise<BundlePreview> {
  const { selection, totalBytes } = await collectBundle(source, includePrivate, site);
  return { counts: selection.counts, privateLeftOut: selection.privateLeftOut, totalBytes };
}
