import { mkdir, open, statfs } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import {
  ARTIFACTS_DIR,
  MANIFEST_PATH,
  type BundleData,
  type BundleManifest,
} from '@shared/bundle/bundle-schemas';
import { sha256Schema } from '@shared/domain/artifact';
import type { JobProgress } from '@shared/jobs/job-status';
import { userErrorFromFs } from '../../errors';
import { DEFAULT_BUNDLE_LIMITS, type BundleLimits } from '../zip/bundle-limits';
import { openBundleZip } from '../zip/open-bundle-zip';
import { readBundleEntries } from '../read/read-bundle-entries';
import { safeChildPath } from '../../safe-name';

export interface ExtractOptions {
  bundlePath: string;
  /** The staging folder (created here); nothing is ever written outside it. */
  staging: string;
  /** Free space is measured where the files will go: the data folder's disk. */
  dataDir: string;
  /** Artifact files already held here (own store, reviewed copies): counted, not written. */
  alreadyHeld: (sha256: string) => Promise<boolean>;
  signal?: AbortSignal;
  onProgress?: (progress: JobProgress) => void;
  /** Tests: caps other than the format's defaults. */
  limits?: Partial<BundleLimits>;
}

export interface ExtractedBundle {
  manifest: BundleManifest;
  data: BundleData;
  /** Hashes of the artifact files written to `<staging>/artifacts/`. */
  extracted: Set<string>;
}

async function freeDiskBytes(dir: string): Promise<number> {
  const stats = await statfs(dir);
  return stats.bavail * stats.bsize;
}

/** Bytes through, counted, to nowhere: an entry that is checked but not kept. */
async function drain(stream: Readable, count: (bytes: number) => void): Promise<void> {
  for await (const chunk of stream) count((chunk as Buffer).byteLength);
}

/** An artifact file into `<staging>/artifacts/<sha256>`, whole on disk (fsync) before commit. */
async function writeArtifact(
  target: string,
  stream: Readable,
  count: (bytes: number) => void,
): Promise<void> {
  const handle = await open(target, 'wx');
  try {
    for await (const chunk of stream) {
      const bytes = chunk as Buffer;
      let offset = 0;
      while (offset < bytes.byteLength) {
        const { bytesWritten } = await handle.write(bytes, offset, bytes.byteLength - offset);
        offset += bytesWritten;
      }
      count(bytes.byteLength);
    }
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Read a bundle with every check (readBundleEntries) while its new artifact files stream into
 * the staging folder. Only `artifacts/<sha256>` entries are ever written, under a name built from
 * the hash alone; the bundle's own web pages are never extracted. The caller deletes the staging
 * folder when this throws: until it resolves nothing in it counts as checked.
 */
export async function extractBundle(options: ExtractOptions): Promise<ExtractedBundle> {
  const { bundlePath, staging, signal, onProgress } = options;
  let limits: BundleLimits;
  try {
    limits = {
      ...DEFAULT_BUNDLE_LIMITS,
      freeDiskBytes: await freeDiskBytes(options.dataDir),
      ...options.limits,
    };
  } catch (error) {
    throw userErrorFromFs(error, 'check the free space', options.dataDir) ?? error;
  }
  // The central directory once up front (cheap, and checked again by the reader) for the totals.
  let zip;
  try {
    zip = await openBundleZip(bundlePath, limits, signal);
  } catch (error) {
    throw userErrorFromFs(error, 'open the bundle', bundlePath) ?? error;
  }
  // The manifest is read before any entry is handed over: progress counts the other files.
  const files = zip.files.filter((file) => file.name !== MANIFEST_PATH);
  const progress: JobProgress = {
    bytesDone: 0,
    bytesTotal: files.reduce((sum, file) => sum + file.uncompressedSize, 0),
    itemsDone: 0,
    itemsTotal: files.length,
  };
  zip.close();
  const count = (bytes: number) => {
    progress.bytesDone += bytes;
    onProgress?.({ ...progress });
  };
  const artifactsDir = join(staging, 'artifacts');
  // Made at the first file written, so a bundle refused for its data leaves no folder behind.
  let madeDir = false;
  const extracted = new Set<string>();
  const result = await readBundleEntries(
    bundlePath,
    async (path, stream) => {
      const sha256 = path.startsWith(ARTIFACTS_DIR) ? path.slice(ARTIFACTS_DIR.length) : null;
      const isArtifact = sha256 !== null && sha256Schema.safeParse(sha256).success;
      if (isArtifact && !extracted.has(sha256) && !(await options.alreadyHeld(sha256))) {
        if (!madeDir) await mkdir(artifactsDir, { recursive: true });
        madeDir = true;
        await writeArtifact(safeChildPath(artifactsDir, sha256), stream, count);
        extracted.add(sha256);
      } else {
        await drain(stream, count);
      }
      progress.itemsDone += 1;
      onProgress?.({ ...progress });
    },
    { ...limits, ...(signal ? { signal } : {}) },
  );
  return { manifest: result.manifest, data: result.data, extracted };
}
