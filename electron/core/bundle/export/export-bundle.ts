import { MANIFEST_PATH } from '@shared/bundle/bundle-schemas';
import type { Clock } from '../../platform';
import { buildManifest } from './bundle-manifest';
import { collectBundle, type BundleSource } from './collect-bundle';
import type { ZipOutputFs, ZipProgress } from '../zip/write-zip-atomically';
import { writeExportZip, type WrittenExport } from '../../exports/write-export-zip';
import { bufferEntry } from '../zip/zip-entry-source';

export type { BundleSource } from './collect-bundle';
export type { ZipProgress as ExportProgress } from '../zip/write-zip-atomically';

export interface ExportBundleOptions {
  source: BundleSource;
  outPath: string;
  includePrivate: boolean;
  appVersion: string;
  clock: Clock;
  signal?: AbortSignal;
  onProgress?: (progress: ZipProgress) => void;
  /** For tests: file operations that fail as a full disk would. */
  fs?: ZipOutputFs;
}

export type ExportedBundle = WrittenExport;

/**
 * Write the `.ctoportfolio` bundle (format v1, docs/formats.md) of `source` to `outPath`: the
 * manifest first, then portfolio.json, then the web version (index.html, site/), then each
 * artifact file once. Cancel (signal) or any failure leaves nothing at the destination and any
 * earlier file there as it was.
 */
export async function exportBundle(options: ExportBundleOptions): Promise<ExportedBundle> {
  const { source, outPath, includePrivate, appVersion, clock, signal, onProgress, fs } = options;
  const exportedAt = clock.now();
  const collected = await collectBundle(source, includePrivate, { exportedAt, appVersion });
  const manifest = buildManifest({
    appVersion,
    portfolioId: collected.selection.portfolio.portfolioId,
    exportedAt,
    includesPrivate: includePrivate,
    entries: collected.entries,
  });
  const entries = [
    bufferEntry(MANIFEST_PATH, Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8')),
    ...collected.entries,
  ];
  return writeExportZip(outPath, entries, {
    what: 'the bundle',
    mtime: exportedAt,
    ...(signal ? { signal } : {}),
    ...(onProgress ? { onProgress } : {}),
    ...(fs ? { fs } : {}),
  });
}
