import { createReadStream } from 'node:fs';
import type { Artifact } from '@shared/domain/artifact';
import type { Reflection, ReflectionSummary } from '@shared/domain/reflection';
import {
  artifactEntryPath,
  BUNDLE_DATA_FORMAT,
  BUNDLE_DATA_FORMAT_VERSION,
  DATA_PATH,
  type BundleData,
} from '@shared/bundle/bundle-schemas';
import { globalizeBundleData } from '@shared/sync/versions';
import type { ContentStore } from '../../artifacts/content-store';
import { UserError, userErrorFromFs } from '../../errors';
import type { ReflectionStore } from '../../reflections/reflection-store';
import { systemClock } from '../../platform';
import { ReceivedReviews } from '../../review-file/received/received-reviews';
import { mapLimited } from '../../store/map-limited';
import type { PortfolioStore } from '../../store/portfolio-store';
import { selectBundleContents, type BundleSelection } from './bundle-selection';
import { shouldDeflate } from '../zip/compression-choice';
import { bufferEntry, type ZipEntrySource } from '../zip/zip-entry-source';
import { siteEntries, type SiteOptions } from '../../site/site-entries';

/** The opened portfolio a bundle is made from (see Workspace: active store and what is beside it). */
export interface BundleSource {
  store: PortfolioStore;
  reflections: ReflectionStore;
  content: ContentStore;
  /** This data folder's device id (device-id.ts): local versions ('.') travel under it. */
  deviceId: string;
}

export interface CollectedBundle {
  selection: BundleSelection<ReflectionSummary>;
  /** portfolio.json's content: what the web version and the Leap2A export are made from. */
  data: BundleData;
  /** portfolio.json, the web version when asked for, then each artifact file: every entry but the manifest, in zip order. */
  entries: ZipEntrySource[];
  /** Uncompressed bytes of those entries. */
  totalBytes: number;
}

const READ_LIMIT = 8;
const READ_CHUNK_BYTES = 1024 * 1024;

function damagedArtifact(artifact: Artifact, cause: unknown): UserError {
  return new UserError(
    'io-error',
    `The stored file of artifact "${artifact.title}" is damaged or missing, so nothing was exported: remove that artifact, add its file again and export again.`,
    { cause },
  );
}

function artifactEntry(content: ContentStore, artifact: Artifact): ZipEntrySource {
  const path = content.pathOf(artifact.sha256);
  return {
    path: artifactEntryPath(artifact.sha256),
    size: artifact.size,
    sha256: artifact.sha256,
    deflate: shouldDeflate(artifact),
    // Large reads: a 64 KB default means 16,000 round trips to the thread pool per gigabyte.
    open: () => createReadStream(path, { highWaterMark: READ_CHUNK_BYTES }),
    unreadable: (cause) => {
      const code = (cause as NodeJS.ErrnoException | null)?.code;
      if (code === undefined || code === 'ENOENT' || code === 'EISDIR') {
        return damagedArtifact(artifact, cause);
      }
      return (
        userErrorFromFs(cause, 'read the artifact files', path) ?? damagedArtifact(artifact, cause)
      );
    },
  };
}

/**
 * Everything a bundle holds but the manifest: the selection, portfolio.json's bytes (reflection
 * bodies are read here, from their files) and the artifact files to stream. Artifact bytes are
 * not read yet: their names are their hashes, re-checked while they stream into the zip.
 */
export async function collectBundle(
  source: BundleSource,
  includePrivate: boolean,
  /** Given for an export: the web version (index.html, site/**) goes in after portfolio.json. */
  site?: SiteOptions,
): Promise<CollectedBundle> {
  const selection = selectBundleContents(
    source.store.get(),
    source.reflections.all(),
    includePrivate,
  );
  const reflections: Reflection[] = await mapLimited(selection.reflections, READ_LIMIT, (r) =>
    source.reflections.read(r.id, { includeDeleted: true }),
  );
  const data: BundleData = globalizeBundleData(
    {
      format: BUNDLE_DATA_FORMAT,
      formatVersion: BUNDLE_DATA_FORMAT_VERSION,
      portfolio: selection.portfolio,
      reflections,
      // Received reviews travel too: a second device and the web version show them.
      reviews: await new ReceivedReviews(source.store.dir, systemClock).list(),
    },
    source.deviceId,
  );
  const entries = [
    bufferEntry(DATA_PATH, Buffer.from(`${JSON.stringify(data, null, 2)}\n`, 'utf8')),
    ...(site ? siteEntries(data, site) : []),
    ...selection.files.map((artifact) => artifactEntry(source.content, artifact)),
  ];
  return {
    selection,
    data,
    entries,
    totalBytes: entries.reduce((sum, entry) => sum + entry.size, 0),
  };
}
