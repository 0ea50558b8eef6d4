import { BUNDLE_FORMAT, MANIFEST_PATH } from '@shared/bundle/bundle-schemas';
import { REVIEW_FILE_FORMAT, importFileKindByName } from '@shared/review/review-file-schema';
import { CappedJsonCollector, MANIFEST_JSON_CAPS } from '../../bundle/read/bundle-json-caps';
import { readEntry } from '../../bundle/read/read-bundle-entries';
import { parseBundleJson } from '../../bundle/read/safe-json';
import { DEFAULT_BUNDLE_LIMITS } from '../../bundle/zip/bundle-limits';
import { openBundleZip } from '../../bundle/zip/open-bundle-zip';

const FORMATS: Readonly<Record<string, 'bundle' | 'review'>> = {
  [BUNDLE_FORMAT]: 'bundle',
  [REVIEW_FILE_FORMAT]: 'review',
};

/**
 * Which import a file is for: a `.ctoreview` by its name, otherwise by the format its
 * manifest.json names (a review file renamed, or a zip a system re-compressed). Reads the
 * manifest alone, under the bundle's caps; a file that cannot be told answers `bundle`, whose
 * reader then says in one sentence what is wrong with it. Writes nothing.
 */
export async function importFileKind(path: string): Promise<'bundle' | 'review'> {
  if (importFileKindByName(path) === 'review') return 'review';
  try {
    const zip = await openBundleZip(path, DEFAULT_BUNDLE_LIMITS);
    try {
      const entry = zip.files.find((file) => file.name === MANIFEST_PATH);
      if (!entry || entry.uncompressedSize > MANIFEST_JSON_CAPS.maxBytes) return 'bundle';
      const collector = new CappedJsonCollector(MANIFEST_JSON_CAPS);
      await readEntry(zip, entry, collector.consume, undefined);
      const manifest = parseBundleJson(collector.take().toString('utf8'), MANIFEST_PATH);
      const format = (manifest as { format?: unknown } | null)?.format;
      return typeof format === 'string' ? (FORMATS[format] ?? 'bundle') : 'bundle';
    } finally {
      zip.close();
    }
  } catch {
    return 'bundle';
  }
}
