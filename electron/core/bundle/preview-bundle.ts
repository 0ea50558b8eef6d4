import type { BundleCounts } from './bundle-selection';
import { collectBundle, type BundleSource } from './collect-bundle';

export interface BundlePreview {
  /** Live records that go in. */
  counts: BundleCounts;
  /** Live private records left out (none when private items are included). */
  privateLeftOut: { reflections: number; artifacts: number };
  /** Uncompressed size of portfolio.json and the artifact files (the manifest adds a little). */
  totalBytes: number;
}

/** What an export would hold, for the preview before it starts; nothing is written. */
export async function previewBundle({
  source,
  includePrivate,
}: {
  source: BundleSource;
  includePrivate: boolean;
}): Promise<BundlePreview> {
  const { selection, totalBytes } = await collectBundle(source, includePrivate);
  return { counts: selection.counts, privateLeftOut: selection.privateLeftOut, totalBytes };
}
