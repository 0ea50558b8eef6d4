import { MANIFEST_PATH } from '@shared/bundle/bundle-schemas';
import { userErrorFromFs } from '../../errors';
import type { Clock } from '../../platform';
import { buildManifest } from './bundle-manifest';
import { collectBundle, type BundleSource } from './collect-bundle';
import {
  writeZipAtomically,
  type ZipOutputFs,
  type ZipProgress,
} from '../zip/write-zip-atomically';
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

export interface ExportedBundle {
  path: string;
  /** Entries in the zip, the manifest included. */
  entries: number;
  /** Uncompressed bytes of those entries. */
  bytes: number;
}

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
  try {
    await writeZipAtomically(outPath, entries, {
      mtime: exportedAt,
      ...(signal ? { signal } : {}),
      ...(onProgress ? { onProgress } : {}),
      ...(fs ? { fs } : {}),
    });
  } catch (error) {
    throw userErrorFromFs(error, 'write the bundle', outPath) ?? error;
  }
  return {
    path: outPath,
    entries: entries.length,
    bytes: entries.reduce((sum, entry) => sum + entry.size, 0),
  };
}
