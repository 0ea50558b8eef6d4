import {
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  BUNDLE_KIND,
  type BundleManifest,
} from '@shared/bundle/bundle-schemas';
import type { ZipEntrySource } from '../zip/zip-entry-source';

/** manifest.json: who made the bundle, when, and the size and hash of every other entry. */
export function buildManifest({
  appVersion,
  portfolioId,
  exportedAt,
  includesPrivate,
  entries,
}: {
  appVersion: string;
  portfolioId: string;
  exportedAt: Date;
  includesPrivate: boolean;
  entries: readonly ZipEntrySource[];
}): BundleManifest {
  return {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    appVersion,
    kind: BUNDLE_KIND,
    portfolioId,
    exportedAt: exportedAt.toISOString(),
    includesPrivate,
    files: entries.map(({ path, size, sha256 }) => ({ path, size, sha256 })),
  };
}
