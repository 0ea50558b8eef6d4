import { DATA_PATH } from '@shared/bundle/bundle-schemas';
import { collectBundle } from '../../bundle/export/collect-bundle';
import type { ExportBundleOptions } from '../../bundle/export/export-bundle';
import { writeExportZip, type WrittenExport } from '../write-export-zip';

/**
 * The web version alone, as a zip anyone can open: `index.html` at the root, the pages under
 * `site/` and the artifact files they link under `artifacts/`, exactly as inside a bundle (so
 * the links are the ones the bundle's own web version uses), without the bundle's manifest and
 * data, which only this app reads.
 */
export async function exportWebZip(options: ExportBundleOptions): Promise<WrittenExport> {
  const { source, outPath, includePrivate, appVersion, clock, ...zipOptions } = options;
  const exportedAt = clock.now();
  const collected = await collectBundle(source, includePrivate, { exportedAt, appVersion });
  const entries = collected.entries.filter((entry) => entry.path !== DATA_PATH);
  return writeExportZip(outPath, entries, {
    ...zipOptions,
    what: 'the web version',
    mtime: exportedAt,
  });
}
