import { DATA_PATH } from '@shared/bundle/bundle-schemas';
import { collectBundle } from '../../bundle/export/collect-bundle';
import type { ExportBundleOptions } from '../../bundle/export/export-bundle';
import { writeExportZip, type WrittenExport } from '../write-export-zip';
import { leap2aEntries } from './leap2a-entries';

/**
 * The Leap2A zip of the open portfolio (what a bundle would hold: private items only when asked
 * for), for Mahara and other ePortfolio systems: leap2a.xml and the files it names.
 */
export async function exportLeap2aZip(options: ExportBundleOptions): Promise<WrittenExport> {
  const { source, outPath, includePrivate, appVersion, clock, ...zipOptions } = options;
  const exportedAt = clock.now();
  const collected = await collectBundle(source, includePrivate);
  const files = collected.entries.filter((entry) => entry.path !== DATA_PATH);
  const entries = leap2aEntries(collected.data, files, {
    exportedAt: exportedAt.toISOString(),
    appVersion,
  });
  return writeExportZip(outPath, entries, {
    ...zipOptions,
    what: 'the Leap2A file',
    mtime: exportedAt,
  });
}
